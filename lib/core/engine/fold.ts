import { charClass, foldCode, DIGIT, LETTER, MARK } from './chars';

/** Folded form of a range of the original text: lower case, diacritics and marks removed. */
export function foldRange(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Folds a whole string (word characters only are kept as they fold; others pass through). */
export function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls & MARK) continue;
    out += cls & (LETTER | DIGIT) ? String.fromCharCode(foldCode(code)) : text[i];
  }
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const H_AFTER = new Set(['s', 'c', 'z']);
const J_AFTER = new Set(['k', 'g', 'l', 'n']);

/**
 * The old "translit" typing (sheit, kaa, juus, ljoti) reduced to plain folded Latvian:
 * sh/ch/zh → s/c/z, doubled vowels → one, kj/gj/lj/nj → k/g/l/n. Applied to a folded word only,
 * on both the rules and the text, so real words with double vowels (pieeja) still meet their
 * own reduced form.
 */
export function translitWord(folded: string): string {
  let out = '';
  let prev = '';
  for (const ch of folded) {
    if (ch === 'h' && H_AFTER.has(prev)) continue;
    if (ch === 'j' && J_AFTER.has(prev)) continue;
    if (VOWELS.has(ch) && ch === prev) continue;
    out += ch;
    prev = ch;
  }
  return out;
}
