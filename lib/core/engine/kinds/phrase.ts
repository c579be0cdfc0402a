import * as v from 'valibot';
import { phraseList, phraseSchema, strict } from '../../packs/schema-parts';
import { PACK_LIMITS } from '../../packs/limits';
import { Role } from '../roles';
import type { TrieKind } from './kind';

/** Any of the phrases or of the lemmas' forms, anywhere in a sentence («es nezinu»). */
export const phraseKind: TrieKind<'phrase', null> = {
  kind: 'phrase',
  finds: 'trie',
  label: { lv: 'frāzes', en: 'phrases' },
  schema: {
    phrases: phraseList(1),
    lemmas: v.optional(
      v.pipe(
        v.array(
          strict(
            { lemma: phraseSchema, forms: v.optional(phraseList()) },
            { lv: 'vārdnīcas forma', en: 'dictionary form' },
          ),
        ),
        v.maxLength(PACK_LIMITS.maxPhrasesPerList),
      ),
    ),
  },
  // An expanded lemma matches its forms; one not expanded yet, only itself.
  phraseLists: (m) => [m.phrases, ...(m.lemmas ?? []).map((l) => l.forms ?? [l.lemma])],
  compile(m, b) {
    b.addPhrases(m.phrases, Role.Main);
    for (const l of m.lemmas ?? []) b.addPhrases(l.forms ?? [l.lemma], Role.Main);
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
