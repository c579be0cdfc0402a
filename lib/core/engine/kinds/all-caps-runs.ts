import { foldRange } from '../fold';
import { T_DIGIT, T_HAS_LOWER, T_HAS_UPPER, T_QUOTED, type TokenBuffer } from '../tokens';

/** Company forms after which a capitalised name is a name, not shouting (SIA «LATVIJAS GĀZE»). */
const COMPANY_FORMS = new Set(['sia', 'as', 'ik', 'ua', 'biedriba']);

/**
 * Runs of at least `minWords` consecutive words written in capitals, as [from, to] token
 * indices. Abbreviations in `ignore` (folded) and quoted words break a run.
 */
export function allCapsRuns(
  text: string,
  t: TokenBuffer,
  minWords: number,
  minWordLength: number,
  ignore: ReadonlySet<string>,
): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let afterCompany = false;
  let prevCompany = false;
  const close = (end: number): void => {
    if (start >= 0 && end - start + 1 >= minWords && !afterCompany) runs.push([start, end]);
    start = -1;
  };
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i] as number;
    let caps =
      (f & (T_HAS_UPPER | T_HAS_LOWER | T_DIGIT | T_QUOTED)) === T_HAS_UPPER &&
      t.letters(i) >= minWordLength;
    let company = false;
    if (caps || (f & T_HAS_UPPER && t.letters(i) < minWordLength)) {
      const folded = foldRange(text, t.start[i] as number, t.end[i] as number);
      company = COMPANY_FORMS.has(folded);
      if (ignore.has(folded) || company) caps = false;
    }
    if (caps) {
      if (start < 0) {
        start = i;
        afterCompany = prevCompany;
      }
    } else close(i - 1);
    prevCompany = company;
  }
  close(t.count - 1);
  return runs;
}
