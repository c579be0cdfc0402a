import { foldRange } from '../fold';
import { T_COMMA_BEFORE, T_DIGIT, T_FIRST_UPPER, T_STOP_BEFORE, type TokenBuffer } from '../tokens';

/** Capitalised words ending in -s that follow a greeting but are not names. */
const NOT_NAMES = new Set([
  'jus',
  'mes',
  'tas',
  'vinas',
  'sis',
  'kas',
  'visas',
  'vins',
  'es',
  'ludzam',
  'paldies',
  'cienijamais',
  'godajamais',
  'visiem',
  'kolegis',
]);

function endsInS(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === 0x73 || c === 0x161 || c === 0x53 || c === 0x160; // s š S Š
}

function isNameWord(text: string, t: TokenBuffer, i: number): boolean {
  const f = t.flags[i] as number;
  if (!(f & T_FIRST_UPPER) || f & T_DIGIT || t.letters(i) < 3) return false;
  const e = t.end[i] as number;
  return endsInS(text, e) && !NOT_NAMES.has(foldRange(text, t.start[i] as number, e));
}

/**
 * After a greeting ending at token `greetingEnd`: «, Jānis» or «, Jānis Bērziņš» addressed in
 * the nominative (a capitalised -s/-š name followed by punctuation or the end of the sentence).
 */
export function nominativeName(
  text: string,
  t: TokenBuffer,
  greetingEnd: number,
): { from: number; to: number } | null {
  const k = greetingEnd + 1;
  // The comma is often skipped when typing fast («Labdien Jānis!»); it is not required.
  if (k >= t.count || !isNameWord(text, t, k)) return null;
  let to = k;
  const next = k + 1;
  if (
    next < t.count &&
    !((t.flags[next] as number) & (T_COMMA_BEFORE | T_STOP_BEFORE)) &&
    isNameWord(text, t, next)
  )
    to = next;
  const after = to + 1;
  if (after < t.count && !((t.flags[after] as number) & (T_COMMA_BEFORE | T_STOP_BEFORE)))
    return null;
  return { from: k, to };
}
