import * as v from 'valibot';
import { int, phraseList } from '../../packs/schema-parts';
import { Role } from '../roles';
import type { TrieKind } from './kind';

interface CooccurrenceParams {
  window: number;
  ordered: boolean;
}

/** Two word families within `window` words of each other in one sentence («nevaram … izdarīt»). */
export const cooccurrenceKind: TrieKind<'cooccurrence', CooccurrenceParams> = {
  kind: 'cooccurrence',
  finds: 'trie',
  label: { lv: 'vārdi vienā teikumā', en: 'words in one sentence' },
  schema: {
    first: phraseList(1),
    second: phraseList(1),
    window: int(0, 50),
    order: v.optional(v.picklist(['ordered', 'any'])),
    standalone: v.optional(phraseList()),
  },
  phraseLists: (m) => [m.first, m.second, m.standalone],
  compile(m, b) {
    b.addPhrases(m.first, Role.First);
    b.addPhrases(m.second, Role.Second);
    b.addPhrases(m.standalone, Role.Standalone);
    return { window: m.window, ordered: m.order === 'ordered' };
  },
  evaluate(s, rule, _text, seg) {
    if (!s.sentenceOk(rule)) return;
    const { window, ordered } = rule.params;
    const r = rule.index;
    for (let h = s.head(r); h >= 0; h = s.next(h)) {
      const role = s.role(h);
      if (role === Role.Standalone && s.wholeSentence(rule, seg, h)) return;
      if (role !== Role.First) continue;
      const af = s.from(h);
      const at = s.to(h);
      for (let k = s.head(r); k >= 0; k = s.next(k)) {
        if (s.role(k) !== Role.Second) continue;
        const bf = s.from(k);
        const bt = s.to(k);
        let gap: number;
        if (bf > at) gap = bf - at - 1;
        else if (af > bt && !ordered) gap = af - bt - 1;
        else continue;
        if (gap > window) continue;
        const from = Math.min(af, bf);
        const to = Math.max(at, bt);
        if (s.spanOk(rule, from, to)) s.emitTokens(from, to);
      }
    }
  },
};
