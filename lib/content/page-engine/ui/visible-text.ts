import type { TextMap } from '../../fields/text-map';

/** A field shorter than this is underlined whole: few ranges, no hit tests. */
const WHOLE_FIELD_CHARS = 6000;
/** Text underlined beyond what is on screen, so a quick scroll finds it underlined. */
const MARGIN_CHARS = 1500;
/** Around the caret, when the visible part cannot be told. */
const AROUND_CARET_CHARS = 3000;

export interface TextSpan {
  from: number;
  to: number;
}

type PointToPosition = (x: number, y: number) => { node: Node; offset: number } | null;

function pointToPosition(doc: Document): PointToPosition {
  const standard = (
    doc as Document & {
      caretPositionFromPoint?: (
        x: number,
        y: number,
      ) => { offsetNode: Node; offset: number } | null;
    }
  ).caretPositionFromPoint;
  if (standard) {
    return (x, y) => {
      const at = standard.call(doc, x, y);
      return at ? { node: at.offsetNode, offset: at.offset } : null;
    };
  }
  return (x, y) => {
    const range = doc.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  };
}

/**
 * The part of a contenteditable's text worth underlining. Every highlight range makes the
 * browser's own handling of each keystroke slower (in a 35 KB note with ~130 findings, the
 * page's keystrokes took ~1 ms longer at the median), so a long field is underlined where the
 * agent can see it, found by hit tests at its visible top and bottom, plus a margin.
 */
export function textSpanToUnderline(
  field: HTMLElement,
  map: TextMap,
  caret: number | null,
): TextSpan {
  const length = map.text.length;
  if (length <= WHOLE_FIELD_CHARS) return { from: 0, to: length };
  const doc = field.ownerDocument;
  const view = doc.defaultView ?? window;
  const box = field.getBoundingClientRect();
  const left = Math.max(box.left, 0) + 2;
  const top = Math.max(box.top, 0) + 2;
  const bottom = Math.min(box.bottom, view.innerHeight) - 2;
  const right = Math.min(box.right, view.innerWidth) - 2;
  const position = pointToPosition(doc);
  const offsetAt = (x: number, y: number): number | null => {
    const at = position(x, y);
    return at && field.contains(at.node) ? map.offsetOf(at.node, at.offset) : null;
  };
  // Off screen or scrolled out of the viewport: nothing to hit.
  const onScreen = right > left && bottom > top;
  const first = onScreen ? offsetAt(left, top) : null;
  const last = onScreen ? offsetAt(right, bottom) : null;
  if (first !== null && last !== null && last >= first) {
    return { from: Math.max(0, first - MARGIN_CHARS), to: Math.min(length, last + MARGIN_CHARS) };
  }
  const around = caret ?? 0;
  return {
    from: Math.max(0, around - AROUND_CARET_CHARS),
    to: Math.min(length, around + AROUND_CARET_CHARS),
  };
}
