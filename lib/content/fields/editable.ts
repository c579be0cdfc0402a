/**
 * Which elements Laipni may read and write: text and
 * search inputs, textareas and contenteditable hosts; never password, hidden, read-only or
 * disabled fields, other input types, card-number fields, or anything inside
 * `[data-laipni="off"]`.
 */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export type EditableField = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

export function isEditableField(node: EventTarget | null): node is EditableField {
  if (!(node instanceof HTMLElement)) return false;
  if (node.closest('[data-laipni="off"]')) return false;
  if ((node.getAttribute('autocomplete') ?? '').toLowerCase().startsWith('cc-')) return false;
  if (node instanceof HTMLInputElement) {
    return (
      TEXT_INPUT_TYPES.has(node.type.toLowerCase()) &&
      !node.readOnly &&
      !node.disabled &&
      !node.hidden
    );
  }
  if (node instanceof HTMLTextAreaElement) {
    return !node.readOnly && !node.disabled && !node.hidden;
  }
  return node.isContentEditable && !node.hidden;
}

/**
 * The element that really has focus: a document's `focusin` reports only the host of an open
 * shadow root, so follow the composed path to the innermost editable element.
 */
export function editableFromEvent(event: Event): EditableField | null {
  for (const node of event.composedPath()) {
    if (isEditableField(node)) return editableRoot(node);
  }
  return null;
}

/** For contenteditable, the outermost editable ancestor is the field (rich editors nest). */
export function editableRoot(field: EditableField): EditableField {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field;
  let root: HTMLElement = field;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** The focused editable element of this document, looking through open shadow roots. */
export function focusedEditable(doc: Document): EditableField | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return isEditableField(active) ? editableRoot(active) : null;
}
