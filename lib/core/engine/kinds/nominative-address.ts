import { phraseList } from '../../packs/schema-parts';
import { Role } from '../roles';
import { vocative } from '../vocative';
import type { TrieKind } from './kind';
import { nominativeName } from './nominative-name';

/** Greeting + comma + a male given name in the nominative («Labdien, Jānis!»). */
export const nominativeAddressKind: TrieKind<'nominative-address', null> = {
  kind: 'nominative-address',
  finds: 'trie',
  label: { lv: 'uzruna nominatīvā', en: 'address in the nominative' },
  schema: { greetings: phraseList(1) },
  phraseLists: (m) => [m.greetings],
  compile(m, b) {
    b.addPhrases(m.greetings, Role.Main);
    return null;
  },
  evaluate(s, rule, text) {
    if (!s.sentenceOk(rule)) return;
    const t = s.tokens;
    for (let h = s.head(rule.index); h >= 0; h = s.next(h)) {
      if (s.role(h) !== Role.Main) continue;
      const name = nominativeName(text, t, s.to(h));
      if (!name || !s.spanOk(rule, name.from, name.to)) continue;
      const start = t.start[name.from] as number;
      const end = t.end[name.to] as number;
      s.emit(start, end, { matchVocative: vocative(text.slice(start, end)) });
    }
  },
};
