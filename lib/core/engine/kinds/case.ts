import { phraseList } from '../../packs/schema-parts';
import { Role } from '../roles';
import { T_FIRST_UPPER } from '../tokens';
import type { TrieKind } from './kind';

/** Words whose capitalisation matters (Jūs/Jums/Jūsu in a letter to one person). */
export const caseKind: TrieKind<'case', string[]> = {
  kind: 'case',
  finds: 'trie',
  label: { lv: 'lielie un mazie burti', en: 'capitalisation' },
  schema: { expected: phraseList(1) },
  phraseLists: (m) => [m.expected],
  compile(m, b) {
    // The correctly written form per phrase, found again through the match's aux.
    return m.expected.map((form, index) => {
      b.addPhrases([form], Role.Main, index);
      return form.normalize('NFC');
    });
  },
  evaluate(s, rule) {
    if (!s.sentenceOk(rule)) return;
    const t = s.tokens;
    for (let h = s.head(rule.index); h >= 0; h = s.next(h)) {
      if (s.role(h) !== Role.Main) continue;
      const i = s.from(h);
      const expected = rule.params[s.aux(h)] ?? '';
      const wantUpper = expected !== '' && expected[0] !== expected[0]?.toLocaleLowerCase('lv');
      const isUpper = ((t.flags[i] as number) & T_FIRST_UPPER) !== 0;
      if (wantUpper === isUpper || (i === 0 && isUpper)) continue;
      if (s.spanOk(rule, i, s.to(h))) s.emitTokens(i, s.to(h), { expected });
    }
  },
};
