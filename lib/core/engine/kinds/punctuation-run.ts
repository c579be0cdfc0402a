import { int } from '../../packs/schema-parts';
import { NEEDS_BANG, type DetectorKind } from './kind';

/** Repeated «!» or «?!» marks; the parameter is the fewest marks that count. */
export const punctuationRunKind: DetectorKind<'punctuation-run', number> = {
  kind: 'punctuation-run',
  finds: 'detector',
  needs: NEEDS_BANG,
  label: { lv: 'atkārtotas izsaukuma zīmes', en: 'repeated exclamation marks' },
  schema: { minMarks: int(2, 100) },
  phraseLists: () => [],
  compile: (m) => m.minMarks,
  skip: (t) => t.bangRuns.n === 0,
  detect(s, rule, text) {
    const runs = s.tokens.bangRuns;
    for (let k = 0; k < runs.n; k += 2) {
      const start = runs.get(k);
      const end = runs.get(k + 1);
      if (end - start < rule.params) continue;
      s.emit(start, end, { mark: text.slice(start, end).includes('?') ? '?' : '!' });
    }
  },
};
