import { editableFromEvent, focusedEditable, type EditableField } from '../fields/editable';

/**
 * Reports which editable field has focus. A document-level `focusin` is retargeted to the
 * host of an open shadow root, so the field is taken from the composed path; fields that a
 * single-page app replaces simply produce a new focus.
 */
export function watchFocus(
  doc: Document,
  signal: AbortSignal,
  onFocus: (field: EditableField) => void,
  onBlur: (field: EditableField) => void,
): void {
  let current: EditableField | null = null;

  doc.addEventListener(
    'focusin',
    (event) => {
      const field = editableFromEvent(event);
      if (field === current) return;
      if (current) onBlur(current);
      current = field;
      if (field) onFocus(field);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      if (!current) return;
      const next = (event as FocusEvent).relatedTarget;
      // Focus moving inside the same field (rich editors nest elements) is not a blur.
      if (next instanceof Node && current.contains(next)) return;
      const leaving = current;
      current = null;
      onBlur(leaving);
    },
    { capture: true, signal },
  );

  const already = focusedEditable(doc);
  if (already) {
    current = already;
    onFocus(already);
  }
}
