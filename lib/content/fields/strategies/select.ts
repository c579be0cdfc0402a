import type { EditableField } from '../editable';
import type { FieldSnapshot } from '../snapshot';

export function isTextControl(
  field: EditableField,
): field is HTMLInputElement | HTMLTextAreaElement {
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement;
}

/** Lets the editor see `selectionchange` (dispatched as a task) before we act on the selection. */
export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
  });
}

/** Puts the field's selection on [start, end); returns the DOM range for rich fields. */
export function selectSpan(
  field: EditableField,
  snapshot: FieldSnapshot,
  start: number,
  end: number,
): Range | null {
  if (isTextControl(field)) {
    field.focus();
    field.setSelectionRange(start, end);
    return null;
  }
  const range = snapshot.map?.rangeFor(start, end) ?? null;
  if (!range) return null;
  field.focus();
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}
