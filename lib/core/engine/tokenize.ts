import {
  CHAR_TABLE,
  CLASS_TABLE,
  charClass,
  charEntry,
  CYRILLIC,
  DIGIT,
  foldCode,
  LETTER,
  LOWER,
  LV_DIACRITIC,
  MARK,
  TABLE_SIZE,
  UPPER,
} from './chars';
import { HASH_SEED, hashFinish, hashStep } from './word-hash';
import { isQuoted, isQuoteChar, quoteStep } from './quotes';
import { W_ENGLISH, W_LATVIAN, W_REPORTING } from './roles';
import {
  T_CODE,
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
import { KEY_MASK, KEY_SIZE, type Vocabulary } from './vocabulary';
import { codeBefore, gluedAfter } from './code-words';

const CH_E = 101;
const CH_H = 104;
const CH_I = 105;
const CH_J = 106;
const CH_S = 115;
const CH_T = 116;

function isVowel(f: number): boolean {
  return f === 97 || f === 101 || f === 105 || f === 111 || f === 117;
}

/** Has the folded word a translit pattern: sh/ch/zh, kj/gj/lj/nj or a doubled vowel? */
export function reducible(
  key: Uint16Array,
  letters: number,
  text: string,
  start: number,
  end: number,
): boolean {
  if (letters > KEY_SIZE) {
    // Longer than the key keeps: fold the text again (rare).
    let prev = 0;
    for (let i = start; i < end; i++) {
      const f = foldCode(text.charCodeAt(i));
      if (f === 0) continue;
      if (pattern(prev, f)) return true;
      prev = f;
    }
    return false;
  }
  for (let k = 1; k < letters; k++)
    if (pattern(key[k - 1] as number, key[k] as number)) return true;
  return false;
}

/** T_TAIL_IET / T_TAIL_IES when the folded word (its codes in the key ring) ends so; else 0. */
export function tailFlag(key: Uint16Array, letters: number): number {
  if (
    letters < 3 ||
    key[(letters - 3) & KEY_MASK] !== CH_I ||
    key[(letters - 2) & KEY_MASK] !== CH_E
  )
    return 0;
  const last = key[(letters - 1) & KEY_MASK] as number;
  return last === CH_T ? T_TAIL_IET : last === CH_S ? T_TAIL_IES : 0;
}

function pattern(prev: number, f: number): boolean {
  return (
    (f === CH_H && (prev === 115 || prev === 99 || prev === 122)) ||
    (f === CH_J && (prev === 107 || prev === 103 || prev === 108 || prev === 110)) ||
    (f === prev && isVowel(f))
  );
}

/**
 * Reads the word starting at `start` (a letter or digit) and pushes it as a token: words are
 * runs of letters and digits (combining marks continue a word), so boundaries follow Unicode
 * letters, never `\b`. The folded hash and codes are kept on the way; only a word whose hash
 * is in the vocabulary is compared with it, and only a word with a translit pattern (sh, lj, aa) is
 * looked up a second time. A word of a URL, an address or a code name (glued to the previous
 * word: T_CODE in `flagsIn`) is not looked up. Returns the index after the word.
 */
export function readWord(
  text: string,
  start: number,
  limit: number,
  flagsIn: number,
  vocab: Vocabulary,
  translit: boolean,
  out: TokenBuffer,
  floor = start,
): number {
  const tokenStart = start;
  let i = start;
  let code = text.charCodeAt(i);
  let entry = code < TABLE_SIZE ? (CHAR_TABLE[code] as number) : charEntry(code);
  let flags = flagsIn;
  if (entry & UPPER) flags |= T_FIRST_UPPER;
  let h1 = HASH_SEED;
  let seen = 0;
  let letters = 0;
  // The folded codes go to the vocabulary's key (a ring: the last three give the -iet tail).
  const key = vocab.key;
  for (;;) {
    if (entry & (LETTER | DIGIT)) {
      const f = entry >>> 8;
      h1 = hashStep(h1, f);
      key[letters & KEY_MASK] = f;
      seen |= entry;
      letters++;
    } else if ((entry & MARK) === 0) break;
    else flags |= T_LV_DIACRITIC; // a combining macron or caron written separately
    i++;
    if (i >= limit) break;
    code = text.charCodeAt(i);
    entry = code < TABLE_SIZE ? (CHAR_TABLE[code] as number) : charEntry(code);
  }
  let word = -1;
  if (flags & T_CODE || codeBefore(text, tokenStart, floor) || gluedAfter(text, i, limit))
    flags |= T_CODE;
  else {
    word = vocab.findFolded(text, tokenStart, i, hashFinish(h1), letters);
    // Only a word with a translit pattern (sh, lj, aa …) is looked up a second time.
    if (word < 0 && translit && reducible(key, letters, text, tokenStart, i))
      word = vocab.findTranslitWord(text, tokenStart, i);
    const tail = tailFlag(key, letters);
    if (tail !== 0) {
      flags |= tail;
      out.tailWords++;
    }
  }
  if (seen & UPPER) flags |= T_HAS_UPPER;
  if (seen & LOWER) flags |= T_HAS_LOWER;
  if (seen & DIGIT) flags |= T_DIGIT;
  if (seen & LV_DIACRITIC) flags |= T_LV_DIACRITIC;
  if (seen & CYRILLIC) flags |= T_CYRILLIC;
  if ((flags & (T_HAS_UPPER | T_HAS_LOWER)) === T_HAS_UPPER) out.capsWords++;
  const mark = word >= 0 ? (vocab.marks[word] as number) : 0;
  if (mark & W_LATVIAN || flags & T_LV_DIACRITIC) out.latvian++;
  if (mark & W_ENGLISH) out.english++;
  if (flags & T_CYRILLIC) out.cyrillic++;
  if (flags & T_HAS_LOWER) out.lowerWords++;
  else if (flags & T_HAS_UPPER) out.upperWords++;
  if (mark & W_REPORTING) out.reporting++;
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
  let glued = false;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = code < TABLE_SIZE ? (CLASS_TABLE[code] as number) : charClass(code);
    if (cls & (LETTER | DIGIT)) {
      const flags = between | (isQuoted(state) ? T_QUOTED : 0) | (glued ? T_CODE : 0);
      i = readWord(text, i, end, flags, vocab, translit, out, start);
      glued = gluedAfter(text, i, end);
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
