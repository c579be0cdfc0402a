/**
 * Quotation state carried through a text as a small integer, so a sentence can be re-checked
 * from its start alone (the incremental session) and still know whether it begins inside quotes.
 *
 * Bits 0–15: a stack of up to 8 open typographic quotes (2 bits each: 1 «, 2 „, 3 “);
 * bits 16–19: its depth; bit 20: an ASCII " is open; bit 21: the line is e-mail history (`>`);
 * bit 22: the line is the customer's (a transcript line «Klients: …»); bit 23: the line is an item
 * of a numbered or bulleted list («1. Atveriet…», «- Uzgaidiet…»).
 */
const DEPTH_SHIFT = 16;
const DEPTH_MASK = 0xf << DEPTH_SHIFT;
const STACK_MASK = 0xffff;
export const ASCII_QUOTE = 1 << 20;
export const QUOTED_LINE = 1 << 21;
export const CUSTOMER_LINE = 1 << 22;
export const STEP_LINE = 1 << 23;
const MAX_DEPTH = 8;

function depth(state: number): number {
  return (state & DEPTH_MASK) >>> DEPTH_SHIFT;
}

function top(state: number): number {
  const d = depth(state);
  return d === 0 ? 0 : (state >>> ((d - 1) * 2)) & 3;
}

function push(state: number, kind: number): number {
  const d = depth(state);
  if (d >= MAX_DEPTH) return state;
  const stack = (state & STACK_MASK & ~(3 << (d * 2))) | (kind << (d * 2));
  return (state & ~(STACK_MASK | DEPTH_MASK)) | stack | ((d + 1) << DEPTH_SHIFT);
}

function pop(state: number): number {
  const d = depth(state);
  if (d === 0) return state;
  const stack = state & STACK_MASK & ~(3 << ((d - 1) * 2));
  return (state & ~(STACK_MASK | DEPTH_MASK)) | stack | ((d - 1) << DEPTH_SHIFT);
}

/** True for the code units that can change the quotation state. */
export function isQuoteChar(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e);
}

/** The state after one quotation character. «…», „…“ (Latvian), “…” (English), "…". */
export function quoteStep(state: number, code: number): number {
  switch (code) {
    case 0xab: // «
      return push(state, 1);
    case 0xbb: // »
      return pop(state);
    case 0x201e: // „
      return push(state, 2);
    case 0x201c: // “ closes „ in Latvian typography, opens in English
      return top(state) === 2 ? pop(state) : push(state, 3);
    case 0x201d: // ”
      return pop(state);
    case 0x22:
      return state ^ ASCII_QUOTE;
    default:
      return state;
  }
}

/** True when text at this state is someone else's words. */
export function isQuoted(state: number): boolean {
  return (state & (DEPTH_MASK | ASCII_QUOTE | CUSTOMER_LINE)) !== 0;
}
