import * as v from 'valibot';
import { int, shortList } from '../../packs/schema-parts';
import { foldString } from '../fold';
import { allCapsRuns } from './all-caps-runs';
import { NEEDS_CAPS, type DetectorKind } from './kind';

interface AllCapsParams {
  minWords: number;
  minWordLength: number;
  /** Abbreviations that are not shouting (SIA, PVN, IBAN, …), folded. */
  ignore: ReadonlySet<string>;
}

/** A run of words written in capitals («LŪDZU SAMAKSĀJIET TŪLĪT»). */
export const allCapsKind: DetectorKind<'all-caps', AllCapsParams> = {
  kind: 'all-caps',
  finds: 'detector',
  needs: NEEDS_CAPS,
  label: { lv: 'teksts lielajiem burtiem', en: 'text in capitals' },
  schema: {
    minWords: int(1, 100),
    minWordLength: v.optional(int(1, 100)),
    ignore: v.optional(shortList),
  },
  phraseLists: () => [],
  compile: (m) => ({
    minWords: m.minWords,
    minWordLength: m.minWordLength ?? 2,
    ignore: new Set((m.ignore ?? []).map(foldString)),
  }),
  skip: (t, params) => t.capsWords < params.minWords,
  detect(s, rule, text) {
    const t = s.tokens;
    const { minWords, minWordLength, ignore } = rule.params;
    for (const [from, to] of allCapsRuns(text, t, minWords, minWordLength, ignore)) {
      if (!s.spanOk(rule, from, to)) continue;
      const start = t.start[from] as number;
      const end = t.end[to] as number;
      s.emit(start, end, { matchLower: text.slice(start, end).toLowerCase() });
    }
  },
};
