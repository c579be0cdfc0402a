import { phraseList } from '../../packs/schema-parts';
import { Role } from '../roles';
import type { TrieKind } from './kind';

/** The whole sentence or reply is only one of the phrases (plus punctuation): «Nē!». */
export const standaloneKind: TrieKind<'standalone', null> = {
  kind: 'standalone',
  finds: 'trie',
  label: { lv: 'frāze kā viss teikums', en: 'phrase as the whole sentence' },
  schema: { phrases: phraseList(1) },
  phraseLists: (m) => [m.phrases],
  compile(m, b) {
    b.addPhrases(m.phrases, Role.Standalone);
    return null;
  },
  evaluate(s, rule, _text, seg) {
    if (!s.sentenceOk(rule)) return;
    for (let h = s.head(rule.index); h >= 0; h = s.next(h)) {
      if (s.role(h) === Role.Standalone && s.wholeSentence(rule, seg, h)) return;
    }
  },
};
