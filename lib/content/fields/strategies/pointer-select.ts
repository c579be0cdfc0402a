import type { EditableField } from '../editable';
import type { FieldSnapshot } from '../snapshot';
import { selectSpan } from './select';

/**
 * Selects [start, end) of a rich field the way the agent would with the mouse: a button press
 * at the span's start, the selection, the release at its end. Editors that keep their own undo
 * history as snapshots (Summernote, roosterjs and many in-house ones) close the typing in
 * progress on these events: Summernote records a snapshot on mouseup, roosterjs on mousedown
 * after new content. Without them the replacement lands in the same step as everything typed
 * since the last snapshot, and Ctrl+Z takes that typing away with it. No `click` follows, as
 * after a drag, so the page's click handlers (links, mentions) do not run.
 */
export function selectSpanByPointer(
  field: EditableField,
  snapshot: FieldSnapshot,
  start: number,
  end: number,
): Range | null {
  const range = snapshot.map?.rangeFor(start, end) ?? null;
  if (!range) return null;
  const rects = Array.from(range.getClientRects());
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects.at(-1) ?? first;
  press(field, 'mousedown', elementAt(range.startContainer, field), first.left, first.top);
  const selected = selectSpan(field, snapshot, start, end);
  press(field, 'mouseup', elementAt(range.endContainer, field), last.right, last.bottom);
  return selected;
}

/** The element a pointer over this node would hit (a text node's parent), inside the field. */
function elementAt(node: Node, field: EditableField): Element {
  const element = node instanceof Element ? node : node.parentElement;
  return element && field.contains(element) ? element : field;
}

function press(
  field: EditableField,
  type: 'mousedown' | 'mouseup',
  target: Element,
  x: number,
  y: number,
): void {
  const win = field.ownerDocument.defaultView ?? window;
  target.dispatchEvent(
    new win.MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      button: 0,
      buttons: type === 'mousedown' ? 1 : 0,
      detail: 1,
      clientX: x,
      clientY: y,
      view: win,
    }),
  );
}
