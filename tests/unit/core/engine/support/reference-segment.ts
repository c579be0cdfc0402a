import {
  isCloser,
  isHeader,
  isSpace,
  isTerminator,
  lineState,
  stopEndsSentence,
  type Segment,
} from '../../../../../lib/core/engine/segment';
import { isQuoteChar, quoteStep } from '../../../../../lib/core/engine/quotes';

/**
 * The two-pass reference segmenter (sentence first, tokens after) that the engine's fused
 * one-pass scanner (lib/core/engine/scan.ts) is property-tested against. It lives with the tests:
 * the engine itself only runs the scanner.
 */
/** Characters the sentence scanner must look at: line break, . ! ? …, quotation marks. */
const SPECIAL_LIMIT = 0x2030;
const SPECIAL = new Uint8Array(SPECIAL_LIMIT);
for (const c of [0x0a, 0x2e, 0x21, 0x3f, 0x2026, 0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e])
  SPECIAL[c] = 1;

/**
 * Scans the next sentence from `pos` (with quotation/line state `state`) into `out`.
 * Returns false when only whitespace is left.
 */
export function nextSegment(text: string, pos: number, state: number, out: Segment): boolean {
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
  out.start = i;
  out.state = st;
  out.header = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path: most characters neither end a sentence nor change quotation.
    if (c >= SPECIAL_LIMIT || SPECIAL[c] === 0) {
      i++;
      continue;
    }
    if (c === 0x0a) break;
    if (isQuoteChar(c)) {
      st = quoteStep(st, c);
      i++;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    const runStart = i;
    let onlyStops = true;
    while (i < n && isTerminator(text.charCodeAt(i))) {
      const t = text.charCodeAt(i);
      if (t === 0x21 || t === 0x3f) onlyStops = false;
      i++;
    }
    const runEnd = i;
    while (i < n && isCloser(text.charCodeAt(i))) {
      const q = text.charCodeAt(i);
      if (isQuoteChar(q)) st = quoteStep(st, q);
      i++;
    }
    if (!onlyStops || stopEndsSentence(text, runStart, runEnd, i, out.start)) {
      out.end = i;
      out.next = i;
      out.nextState = st;
      return true;
    }
  }
  let end = i;
  while (end > out.start && isSpace(text.charCodeAt(end - 1))) end--;
  out.end = end;
  out.header = isHeader(text, out.start, end);
  out.next = i;
  out.nextState = st;
  return true;
}
