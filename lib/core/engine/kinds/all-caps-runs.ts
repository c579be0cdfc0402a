import { foldRange } from '../fold';
import { isSpace } from '../segment';
import {
  T_CODE,
  T_DIGIT,
  T_HAS_LOWER,
  T_HAS_UPPER,
  T_LV_DIACRITIC,
  T_QUOTED,
  type TokenBuffer,
} from '../tokens';

/** Company forms after which a capitalised name is a name, not shouting (SIA «LATVIJAS GĀZE»). */
const COMPANY_FORMS = new Set(['sia', 'as', 'ik', 'ua', 'biedriba']);

/**
 * Are tokens `a` and `a + 1` words of one shouted phrase? Only spaces may stand between them,
 * or a comma between Latvian words («LŪDZU, SAMAKSĀJIET»): acronyms come in lists and pairs
 * («GPRS, EDGE, UMTS», «SMTP HELO/EHLO», «YYYY-MM-DD», «EAP-TLS CA»), where a comma, slash,
 * hyphen or bracket separates them.
 */
function sameRun(text: string, t: TokenBuffer, a: number): boolean {
  let comma = false;
  for (let i = t.end[a] as number; i < (t.start[a + 1] as number); i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c && !comma) comma = true;
    else if (!isSpace(c)) return false;
  }
  return !comma || ((t.flags[a] as number) & (t.flags[a + 1] as number) & T_LV_DIACRITIC) !== 0;
}

/**
 * Runs of at least `minWords` consecutive words written in capitals, as [from, to] token
 * indices. Abbreviations in `ignore` (folded), quoted words and code names break a run.
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
      (f & (T_HAS_UPPER | T_HAS_LOWER | T_DIGIT | T_QUOTED | T_CODE)) === T_HAS_UPPER &&
      t.letters(i) >= minWordLength;
    let company = false;
    if (caps || (f & T_HAS_UPPER && t.letters(i) < minWordLength)) {
      const folded = foldRange(text, t.start[i] as number, t.end[i] as number);
      company = COMPANY_FORMS.has(folded);
      if (ignore.has(folded) || company) caps = false;
    }
    if (caps) {
      if (start >= 0 && !sameRun(text, t, i - 1)) close(i - 1);
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
