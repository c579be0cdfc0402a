import type { TextEdit } from './text-edit';

// A field's text between two checks changes as the engine's diff says; the page follows
// findings and highlights through the same edit the engine re-checked.
export { textEdit, type TextEdit } from './text-edit';

/** No change: every span stays where it is. */
export function unchanged(text: string): TextEdit {
  return { start: text.length, oldEnd: text.length, delta: 0 };
}

/** The text `after` holds in place of the edited part. */
export function editedText(edit: TextEdit, after: string): string {
  return after.slice(edit.start, edit.oldEnd + edit.delta);
}

/**
 * Whether [start, end) of the new text touches what the edit put there (overlaps it or ends or
 * starts right at it): a finding the agent's typing completed, not one elsewhere in the text
 * that showed up because the context changed (the language of the whole message, say).
 */
export function touchesEdit(edit: TextEdit, start: number, end: number): boolean {
  const insertedEnd = edit.oldEnd + edit.delta;
  return end >= edit.start && start <= insertedEnd;
}

/**
 * Where the span [start, end) of the old text is in the new text, or null when the edit
 * touched it. Spans before the edit stay; spans after it move by the edit's length change.
 */
export function spanAfterEdit(edit: TextEdit, start: number, end: number): number | null {
  if (end <= edit.start) return start;
  if (start >= edit.oldEnd) return start + edit.delta;
  return null;
}

/** What a finding needs to be followed through an edit. */
interface Span {
  ruleId: string;
  start: number;
  end: number;
}

/**
 * The findings of `shown` that were not already shown before the edit: findings the edit did
 * not touch are the same findings at shifted offsets (typing in the middle of a long note must
 * not count every finding after the caret as new).
 */
export function newlyShown<T extends Span>(
  before: readonly Span[],
  edit: TextEdit,
  shown: readonly T[],
): T[] {
  const known = new Set<string>();
  for (const finding of before) {
    const at = spanAfterEdit(edit, finding.start, finding.end);
    if (at !== null) known.add(`${finding.ruleId}@${at}`);
  }
  return shown.filter((finding) => !known.has(`${finding.ruleId}@${finding.start}`));
}
