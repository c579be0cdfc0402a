import {
  CHAR_TABLE,
  charEntry,
  CODE_GLUE,
  DIGIT,
  LETTER,
  LV_DIACRITIC,
  MARK,
  SCAN_STOP,
  TABLE_SIZE,
  UPPER,
} from './chars';
import { HASH_SEED, hashFinish, hashStep } from './word-hash';
import { isQuoted, isQuoteChar, quoteStep } from './quotes';
import {
  isCloser,
  isHeader,
  isSpace,
  isTerminator,
  lineState,
  stopEndsSentence,
  type Segment,
} from './segment';
import { bangRun, markQuestion, reducible, tailFlag } from './tokenize';
import { codeBefore, gluedAfter } from './code-words';
import {
  T_COLON_BEFORE,
  T_CODE,
  T_COMMA_BEFORE,
  T_FIRST_UPPER,
  T_LETTERS_SHIFT,
  T_QUOTED,
  T_STOP_BEFORE,
  type TokenBuffer,
} from './tokens';
import { KEY_MASK, type Vocabulary } from './vocabulary';
import {
  S_CYRILLIC,
  S_ENGLISH,
  S_LATVIAN,
  S_LOWER,
  S_REPORTING,
  S_UPPER,
  SEEN_FLAGS,
  WORD_STATS,
} from './word-bits';

const CH_J = 106;

/**
 * Finds the next sentence from `pos` and tokenizes it in the same pass over the characters
 * (the check's hot path). Sentence boundaries are exactly those of `nextSegment`, tokens exactly
 * those of `tokenize` on the sentence; a test holds the three together. Returns false when only
 * whitespace is left.
 */
export function scanSentence(
  text: string,
  pos: number,
  state: number,
  seg: Segment,
  vocab: Vocabulary,
  translit: boolean,
  out: TokenBuffer,
): boolean {
  const n = text.length;
  let i = pos;
  let st = state;
  for (;;) {
    if (i >= n) return false;
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      i++;
      st = lineState(text, i);
    } else if (isSpace(c) || c === 0x0c || c === 0x0b || c === 0x2028 || c === 0x2029) {
      i++;
    } else break;
  }
  out.reset();
  seg.start = i;
  seg.state = st;
  seg.header = false;
  let between = 0;
  // The previous word was glued to this one (a URL, an address, a file name).
  let glued = false;
  // The character before the next word can glue it to code (/ \ @ # -).
  let prevGlue = false;
  // The sentence's word counts stay in locals until it ends.
  let tails = 0;
  let latvian = 0;
  let english = 0;
  let cyrillic = 0;
  let lower = 0;
  let upper = 0;
  let reporting = 0;
  const key = vocab.key;
  const marks = vocab.marks;
  let end = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    let entry = c < TABLE_SIZE ? (CHAR_TABLE[c] as number) : charEntry(c);
    if (entry & (LETTER | DIGIT)) {
      // A word, read here rather than by a call per word (tokenize's readWord does the same).
      const tokenStart = i;
      let flags = between | (isQuoted(st) ? T_QUOTED : 0);
      if (entry & UPPER) flags |= T_FIRST_UPPER;
      between = 0;
      let h = HASH_SEED;
      let seen = 0;
      let letters = 0;
      // A translit pattern needs an h or j (| 2 maps h to j) or a doubled letter.
      let prev = 0;
      let maybeTranslit = false;
      for (;;) {
        if (entry & (LETTER | DIGIT)) {
          const f = entry >>> 8;
          h = hashStep(h, f);
          key[letters & KEY_MASK] = f;
          if (f === prev || (f | 2) === CH_J) maybeTranslit = true;
          prev = f;
          seen |= entry;
          letters++;
        } else if ((entry & MARK) === 0) break;
        else seen |= LV_DIACRITIC; // a combining macron or caron written separately
        i++;
        if (i >= n) break;
        const code = text.charCodeAt(i);
        entry = code < TABLE_SIZE ? (CHAR_TABLE[code] as number) : charEntry(code);
      }
      // Code words: told by their neighbours, which are rarely glue characters.
      let code = glued;
      if (!code && prevGlue) code = codeBefore(text, tokenStart, seg.start);
      glued = i < n && (entry & CODE_GLUE) !== 0 && gluedAfter(text, i, n);
      let word = -1;
      flags |= SEEN_FLAGS[seen & 0x7f] as number;
      if (code || glued) flags |= T_CODE;
      else {
        word = vocab.findFolded(text, tokenStart, i, hashFinish(h), letters);
        if (word < 0 && translit && maybeTranslit && reducible(key, letters, text, tokenStart, i))
          word = vocab.findTranslitWord(text, tokenStart, i);
        const tail = tailFlag(key, letters);
        if (tail !== 0) {
          flags |= tail;
          tails++;
        }
      }
      const mark = word >= 0 ? (marks[word] as number) : 0;
      const stats = WORD_STATS[((seen & 0x7f) << 3) | (mark & 7)] as number;
      latvian += stats & S_LATVIAN;
      english += (stats & S_ENGLISH) >>> 1;
      cyrillic += (stats & S_CYRILLIC) >>> 2;
      lower += (stats & S_LOWER) >>> 3;
      upper += (stats & S_UPPER) >>> 4;
      reporting += (stats & S_REPORTING) >>> 5;
      out.push(tokenStart, i, word, flags | (Math.min(letters, 0x7ffff) << T_LETTERS_SHIFT));
      continue;
    }
    prevGlue = (entry & CODE_GLUE) !== 0;
    if ((entry & SCAN_STOP) === 0) {
      i++;
      continue;
    }
    if (c === 0x0a) break;
    if (isQuoteChar(c)) {
      st = quoteStep(st, c);
      i++;
      continue;
    }
    if (c === 0x2c) between |= T_COMMA_BEFORE;
    else if (c === 0x3a) between |= T_COLON_BEFORE;
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    between |= T_STOP_BEFORE;
    const runStart = i;
    let onlyStops = true;
    while (i < n) {
      const t = text.charCodeAt(i);
      if (t === 0x21 || t === 0x3f) {
        onlyStops = false;
        i = bangRun(text, i, n, st, out);
      } else if (t === 0x2e || t === 0x2026) i++;
      else break;
    }
    const runEnd = i;
    while (i < n && isCloser(text.charCodeAt(i))) {
      const q = text.charCodeAt(i);
      if (isQuoteChar(q)) st = quoteStep(st, q);
      i++;
    }
    if (!onlyStops || stopEndsSentence(text, runStart, runEnd, i, seg.start)) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    // The line or the text ended: trailing spaces are not the sentence's.
    end = i;
    while (end > seg.start && isSpace(text.charCodeAt(end - 1))) end--;
    seg.header = isHeader(text, seg.start, end);
  }
  seg.end = end;
  seg.next = i;
  seg.nextState = st;
  // A word in capitals only is what the all-caps detector looks at.
  out.capsWords = upper;
  out.tailWords = tails;
  out.latvian = latvian;
  out.english = english;
  out.cyrillic = cyrillic;
  out.lowerWords = lower;
  out.upperWords = upper;
  out.reporting = reporting;
  markQuestion(text, seg.start, end, out);
  return true;
}
