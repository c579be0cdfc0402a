import * as v from 'valibot';
import { int, phraseList, shortList } from '../../packs/schema-parts';
import { Role } from '../roles';
import type { CountKind } from './kind';

interface CountParams {
  min: number;
  /** Exact-case tokens that do not count (ES = Eiropas Savienība). */
  ignoreExactCase: ReadonlySet<string>;
}

/** A word used at least `min` times in one message («es» overuse). */
export const countKind: CountKind<'count', CountParams> = {
  kind: 'count',
  finds: 'count',
  label: { lv: 'vārda atkārtojumi', en: 'repeated word' },
  schema: { words: phraseList(1), min: int(1, 1000), ignoreExactCase: v.optional(shortList) },
  phraseLists: (m) => [m.words],
  compile(m, b) {
    b.addPhrases(m.words, Role.Main);
    return { min: m.min, ignoreExactCase: new Set(m.ignoreExactCase ?? []) };
  },
  count(s, rule, text) {
    const t = s.tokens;
    const ignore = rule.params.ignoreExactCase;
    for (let h = s.head(rule.index); h >= 0; h = s.next(h)) {
      if (s.role(h) !== Role.Main) continue;
      const from = s.from(h);
      const to = s.to(h);
      if (rule.notInsideQuotes && s.quoted(from, to)) continue;
      const start = t.start[from] as number;
      const end = t.end[to] as number;
      s.countWord(rule.index, start, end, ignore.size > 0 && ignore.has(text.slice(start, end)));
    }
  },
  minCount: (params) => params.min,
};
