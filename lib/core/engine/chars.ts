/**
 * Character classes and the Latvian fold (lower case + diacritics removed) for one UTF-16 code
 * unit, precomputed once for the Latin, Greek and Cyrillic blocks so the tokenizer is a table
 * lookup per character. Everything else falls back to a cached Unicode-property test.
 */

export const LETTER = 1;
export const DIGIT = 2;
export const UPPER = 4;
export const LOWER = 8;
/** Combining mark: continues the current word and adds nothing to its folded form. */
export const MARK = 16;
/** ā č ē ģ ī ķ ļ ņ š ū ž (either case): a strong hint that the text is Latvian. */
export const LV_DIACRITIC = 32;
export const CYRILLIC = 64;

/** Code units below this have their class and fold in the tables (Latin, Greek, Cyrillic). */
export const TABLE_SIZE = 0x500;
/** Class bits by code unit, for the tokenizer's inner loop. */
export const CLASS_TABLE = new Uint8Array(TABLE_SIZE);
/** Folded code unit by code unit. */
export const FOLD_TABLE = new Uint16Array(TABLE_SIZE);
/**
 * In CHAR_TABLE entries only: a character the sentence scanner must look at between words (line
 * break, quotation mark, comma, colon, sentence punctuation); it steps over any other.
 */
export const SCAN_STOP = 128;
const SCAN_STOPS = '\n"«»“”„,:.!?…';
/**
 * In CHAR_TABLE entries only: a character that can glue a word to code after it or before it
 * (`. : @ / \ _ = # -`, see code-words.ts), so the scanner tests a word's neighbours with the
 * entry it already has.
 */
export const CODE_GLUE = 1 << 24;
const CODE_GLUES = '.:@/\\_=#-';
/** Both at once for the word loop: class bits in the low byte, the folded code above. */
export const CHAR_TABLE = new Uint32Array(TABLE_SIZE);
const classes = CLASS_TABLE;
const folds = FOLD_TABLE;

const LATVIAN_DIACRITICS = 'āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ';
const letterRe = /\p{L}/u;
const digitRe = /\p{N}/u;
const markRe = /\p{M}/u;

function classify(ch: string): { cls: number; fold: number } {
  let cls = 0;
  if (markRe.test(ch)) return { cls: MARK, fold: 0 };
  if (letterRe.test(ch)) cls |= LETTER;
  else if (digitRe.test(ch)) cls |= DIGIT;
  if (cls === 0) return { cls, fold: 0 };
  const lower = ch.toLocaleLowerCase('lv');
  const upper = ch.toLocaleUpperCase('lv');
  if (cls & LETTER) {
    if (lower !== ch) cls |= UPPER;
    else if (upper !== ch) cls |= LOWER;
  }
  if (LATVIAN_DIACRITICS.includes(ch)) cls |= LV_DIACRITIC;
  const code = ch.charCodeAt(0);
  if (code >= 0x400 && code < 0x500) cls |= CYRILLIC;
  const stripped = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return { cls, fold: stripped.length > 0 ? stripped.charCodeAt(0) : lower.charCodeAt(0) };
}

for (let c = 0; c < TABLE_SIZE; c++) {
  const { cls, fold } = classify(String.fromCharCode(c));
  classes[c] = cls;
  folds[c] = fold;
  const ch = String.fromCharCode(c);
  CHAR_TABLE[c] =
    cls |
    (fold << 8) |
    (SCAN_STOPS.includes(ch) ? SCAN_STOP : 0) |
    (CODE_GLUES.includes(ch) ? CODE_GLUE : 0);
}

const cache = new Map<number, { cls: number; fold: number }>();

function slow(code: number): { cls: number; fold: number } {
  let hit = cache.get(code);
  if (!hit) {
    // Lone surrogates are not letters; astral letters are handled by the tokenizer as non-letters.
    hit =
      code >= 0xd800 && code <= 0xdfff ? { cls: 0, fold: 0 } : classify(String.fromCharCode(code));
    cache.set(code, hit);
  }
  return hit;
}

/** Class bits of one UTF-16 code unit. */
export function charClass(code: number): number {
  return code < TABLE_SIZE ? (classes[code] as number) : slow(code).cls;
}

/** Class bits | folded code << 8 | SCAN_STOP, as in CHAR_TABLE. */
export function charEntry(code: number): number {
  if (code < TABLE_SIZE) return CHAR_TABLE[code] as number;
  const hit = slow(code);
  // Above the table, the stops are “ ” „ and …
  const stop = code === 0x2026 || (code >= 0x201c && code <= 0x201e) ? SCAN_STOP : 0;
  return hit.cls | (hit.fold << 8) | stop;
}

/** Folded (lower-case, no diacritics) code unit; 0 for marks and non-letters. */
export function foldCode(code: number): number {
  return code < TABLE_SIZE ? (folds[code] as number) : slow(code).fold;
}
