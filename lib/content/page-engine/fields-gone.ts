import { isEditableField, type EditableField } from '../fields/editable';

const CANDIDATES = 'input, textarea, [contenteditable]';
/** While the page keeps changing, look for other fields at most this often. */
const CHECK_EVERY_MS = 500;

/** True when the document still has a field Laipni works in (open shadow roots aside). */
export function hasEditableField(doc: Document): boolean {
  for (const node of doc.querySelectorAll(CANDIDATES)) if (isEditableField(node)) return true;
  return false;
}

export interface FieldsGoneWatch {
  /** The field the agent works in now; watching (re)starts from it. */
  watch(field: EditableField): void;
}

/**
 * Calls `release` once the field the agent last worked in has left the document and no other
 * editable field is left: a single-page app navigated away, and the frame's rule set, field
 * session and UI are no longer needed (docs/benchmarks.md, "Page"). A field that appears later is focused as any
 * other, and the frame takes a rule set again. Observes the document only between a field's
 * first focus and the release; a mutation costs one `isConnected` check while the field is
 * there.
 */
export function watchFieldsGone(
  doc: Document,
  signal: AbortSignal,
  release: () => void,
  checkEveryMs = CHECK_EVERY_MS,
): FieldsGoneWatch {
  let field: EditableField | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver(() => {
    if (field && !field.isConnected && timer === null) timer = setTimeout(check, checkEveryMs);
  });

  function check(): void {
    timer = null;
    // Other fields remain (the agent may come back to them); a later change checks again.
    if (!field || field.isConnected || hasEditableField(doc)) return;
    stop();
    release();
  }

  function stop(): void {
    observer.disconnect();
    field = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  signal.addEventListener('abort', stop);
  return {
    watch(next) {
      if (signal.aborted) return;
      if (!field) observer.observe(doc, { childList: true, subtree: true });
      field = next;
    },
  };
}
