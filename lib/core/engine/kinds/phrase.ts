import { phraseList } from '../../packs/schema-parts';
import { Role } from '../roles';
import type { TrieKind } from './kind';

/** Any of the phrases, anywhere in a sentence («es nezinu»). */
export const phraseKind: TrieKind<'phrase', null> = {
  kind: 'phrase',
  finds: 'trie',
  label: { lv: 'frāzes', en: 'phrases' },
  schema: { phrases: phraseList(1) },
  phraseLists: (m) => [m.phrases],
  compile(m, b) {
    b.addPhrases(m.phrases, Role.Main);
    return null;
  },
  evaluate(s, rule) {
    if (!s.sentenceOk(rule)) return;
    for (let h = s.head(rule.index); h >= 0; h = s.next(h)) {
      if (s.role(h) !== Role.Main) continue;
      const from = s.from(h);
      const to = s.to(h);
      if (s.spanOk(rule, from, to)) s.emitTokens(from, to);
    }
  },
};
