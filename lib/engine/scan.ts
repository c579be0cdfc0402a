import { CLASS_TABLE, charClass, DIGIT, LETTER, TABLE_SIZE } from './chars';
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
import { bangRun, markQuestion, readWord } from './tokenize';
import {
  T_COLON_BEFORE,
  T_COMMA_BEFORE,
  T_QUOTED,
  T_STOP_BEFORE,
  type TokenBuffer,
} from './tokens';
import type { Vocabulary } from './vocabulary';

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
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < TABLE_SIZE ? (CLASS_TABLE[c] as number) : charClass(c);
    if (cls & (LETTER | DIGIT)) {
      i = readWord(text, i, n, between | (isQuoted(st) ? T_QUOTED : 0), vocab, translit, out);
      between = 0;
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
      seg.end = i;
      seg.next = i;
      seg.nextState = st;
      markQuestion(text, seg.start, i, out);
      return true;
    }
  }
  let end = i;
  while (end > seg.start && isSpace(text.charCodeAt(end - 1))) end--;
  seg.end = end;
  seg.header = isHeader(text, seg.start, end);
  seg.next = i;
  seg.nextState = st;
  markQuestion(text, seg.start, end, out);
  return true;
}
