import {
  CLASS_TABLE,
  charClass,
  CYRILLIC,
  DIGIT,
  FOLD_TABLE,
  foldCode,
  LETTER,
  LOWER,
  LV_DIACRITIC,
  MARK,
  TABLE_SIZE,
  UPPER,
} from './chars';
import { HASH_SEED, hashFinish, hashStep } from './hash';
import { isQuoted, isQuoteChar, quoteStep } from './quotes';
import {
  T_COLON_BEFORE,
  T_COMMA_BEFORE,
  T_CYRILLIC,
  T_DIGIT,
  T_FIRST_UPPER,
  T_HAS_LOWER,
  T_HAS_UPPER,
  T_LETTERS_SHIFT,
  T_LV_DIACRITIC,
  T_QUOTED,
  T_STOP_BEFORE,
  T_TAIL_IES,
  T_TAIL_IET,
  type TokenBuffer,
} from './tokens';
import { KEY_SIZE, type Vocabulary } from './vocabulary';

const CH_H = 104;
const CH_J = 106;

function isVowel(f: number): boolean {
  return f === 97 || f === 101 || f === 105 || f === 111 || f === 117;
}

/**
 * Reads the word starting at `start` (a letter or digit) and pushes it as a token: words are
 * runs of letters and digits (combining marks continue a word), so boundaries follow Unicode
 * letters, never `\b`. The folded hash and codes are kept on the way; only a word whose hash
 * is in the vocabulary is compared with it, and only a word with a translit pattern (sh, lj, aa) is
 * looked up a second time. Returns the index after the word.
 */
export function readWord(
  text: string,
  start: number,
  limit: number,
  flagsIn: number,
  vocab: Vocabulary,
  translit: boolean,
  out: TokenBuffer,
): number {
  const tokenStart = start;
  let i = start;
  let code = text.charCodeAt(i);
  let cls = code < TABLE_SIZE ? (CLASS_TABLE[code] as number) : charClass(code);
  let flags = flagsIn;
  if (cls & UPPER) flags |= T_FIRST_UPPER;
  let h1 = HASH_SEED;
  let reducible = false;
  let seen = 0;
  let letters = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  const key = vocab.key;
  for (;;) {
    if (cls & (LETTER | DIGIT)) {
      const f = code < TABLE_SIZE ? (FOLD_TABLE[code] as number) : foldCode(code);
      h1 = hashStep(h1, f);
      // Only a word with a translit pattern (sh, lj, aa …) is looked up a second time.
      if (
        (f === CH_H && (c1 === 115 || c1 === 99 || c1 === 122)) ||
        (f === CH_J && (c1 === 107 || c1 === 103 || c1 === 108 || c1 === 110)) ||
        (f === c1 && isVowel(f))
      ) {
        reducible = true;
      }
      c3 = c2;
      c2 = c1;
      c1 = f;
      seen |= cls;
      if (letters < KEY_SIZE) key[letters] = f;
      letters++;
    } else if ((cls & MARK) === 0) break;
    else flags |= T_LV_DIACRITIC; // a combining macron or caron written separately
    i++;
    if (i >= limit) break;
    code = text.charCodeAt(i);
    cls = code < TABLE_SIZE ? (CLASS_TABLE[code] as number) : charClass(code);
  }
  let word = vocab.findFolded(text, tokenStart, i, hashFinish(h1), letters);
  if (word < 0 && translit && reducible) word = vocab.findTranslitWord(text, tokenStart, i);
  if (seen & UPPER) flags |= T_HAS_UPPER;
  if (seen & LOWER) flags |= T_HAS_LOWER;
  if (seen & DIGIT) flags |= T_DIGIT;
  if (seen & LV_DIACRITIC) flags |= T_LV_DIACRITIC;
  if (seen & CYRILLIC) flags |= T_CYRILLIC;
  if (c3 === 105 && c2 === 101 && (c1 === 116 || c1 === 115)) {
    flags |= c1 === 116 ? T_TAIL_IET : T_TAIL_IES;
    out.tailWords++;
  }
  if ((flags & (T_HAS_UPPER | T_HAS_LOWER)) === T_HAS_UPPER) out.capsWords++;
  out.push(tokenStart, i, word, flags | (Math.min(letters, 0x7ffff) << T_LETTERS_SHIFT));
  return i;
}

/** The sentence's own ending decides whether it is a question («…, nē?»). */
export function markQuestion(text: string, start: number, end: number, out: TokenBuffer): void {
  for (let j = end - 1; j >= start; j--) {
    const c = text.charCodeAt(j);
    if (charClass(c) & (LETTER | DIGIT)) break;
    if (c === 0x3f) {
      out.question = true;
      break;
    }
  }
}

/** Tokenizes one sentence [start, end) given its entry quotation state. */
export function tokenize(
  text: string,
  start: number,
  end: number,
  entryState: number,
  vocab: Vocabulary,
  translit: boolean,
  out: TokenBuffer,
): void {
  out.reset();
  let state = entryState;
  let between = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = code < TABLE_SIZE ? (CLASS_TABLE[code] as number) : charClass(code);
    if (cls & (LETTER | DIGIT)) {
      i = readWord(text, i, end, between | (isQuoted(state) ? T_QUOTED : 0), vocab, translit, out);
      between = 0;
      continue;
    }
    if (isQuoteChar(code)) state = quoteStep(state, code);
    else if (code === 0x2c) between |= T_COMMA_BEFORE;
    else if (code === 0x3a) between |= T_COLON_BEFORE;
    else if (code === 0x21 || code === 0x3f || code === 0x2e || code === 0x2026) {
      between |= T_STOP_BEFORE;
      if (code !== 0x2e && code !== 0x2026) {
        i = bangRun(text, i, end, state, out);
        continue;
      }
    }
    i++;
  }
  markQuestion(text, start, end, out);
}

/** Consumes a run of «!» / «?» from `start`; records it when it has 2+ marks and a «!». */
export function bangRun(
  text: string,
  start: number,
  limit: number,
  state: number,
  out: TokenBuffer,
): number {
  let i = start;
  let bang = false;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x21) bang = true;
    else if (c !== 0x3f) break;
    i++;
  }
  if (bang && i - start >= 2 && !isQuoted(state)) {
    out.bangRuns.push(start);
    out.bangRuns.push(i);
  }
  return i;
}
