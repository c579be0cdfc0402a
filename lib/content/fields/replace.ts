import type { FieldAdapter } from './adapters/adapter';
import type { EditableField } from './editable';
import { sameText, type FieldSnapshot } from './snapshot';
import { isTextControl, nextFrame } from './strategies/select';

export interface SpanEdit {
  start: number;
  end: number;
  /** The text the span held when the suggestion was made; a different text = do nothing. */
  expected: string;
  replacement: string;
  /** Relative to the replacement: select this part afterwards (an empty «…» slot). */
  selectAfter?: { start: number; end: number };
}

export type ReplaceOutcome =
  { ok: true; strategy: string } | { ok: false; reason: 'stale' | 'rejected' | 'diverged' };

/** Frames to wait for an editor that may act on the input. */
const VERIFY_FRAMES = 6;
/** Frames to wait for an editor that took the input to handle it itself (about a second). */
const TAKEN_FRAMES = 60;

/**
 * Replaces a span as if the agent typed it, failing closed: re-read the field first, try the
 * adapter's strategies in order, verify the editor's text after each, and stop at the first
 * that lands. A strategy that changed the text into something unexpected ends the attempt, so
 * no strategy ever runs on top of a half-applied one; nor after an editor that took the input
 * to handle it itself and did not land it.
 */
export async function replaceSpan(
  adapter: FieldAdapter,
  field: EditableField,
  edit: SpanEdit,
): Promise<ReplaceOutcome> {
  const before = adapter.snapshot(field);
  if (before.text.slice(edit.start, edit.end) !== edit.expected)
    return { ok: false, reason: 'stale' };
  const wanted = before.text.slice(0, edit.start) + edit.replacement + before.text.slice(edit.end);
  const win = field.ownerDocument.defaultView ?? window;

  for (const strategy of adapter.strategies) {
    const delivery = await strategy.apply(field, before, edit.start, edit.end, edit.replacement);
    const frames = { declined: 0, sent: VERIFY_FRAMES, taken: TAKEN_FRAMES }[delivery];
    let now: FieldSnapshot = adapter.snapshot(field);
    for (
      let frame = 0;
      frame < frames && !sameText(now.text, wanted) && sameText(now.text, before.text);
      frame++
    ) {
      await nextFrame(win);
      now = adapter.snapshot(field);
    }
    if (sameText(now.text, wanted)) {
      placeCaret(adapter, field, edit);
      return { ok: true, strategy: strategy.name };
    }
    if (!sameText(now.text, before.text)) return { ok: false, reason: 'diverged' };
    if (delivery === 'taken') break;
  }
  return { ok: false, reason: 'rejected' };
}

/**
 * Caret after the new text, or the first empty slot selected so the agent types over it. Most
 * editors leave the caret after inserted text themselves; some keep it where it was for a
 * replacement (Trix's `insertReplacementText`), so a rich field whose caret is elsewhere gets
 * its DOM selection set, which the editor follows like any selection change.
 */
function placeCaret(adapter: FieldAdapter, field: EditableField, edit: SpanEdit): void {
  const from = edit.start + (edit.selectAfter?.start ?? edit.replacement.length);
  const to = edit.start + (edit.selectAfter?.end ?? edit.replacement.length);
  if (isTextControl(field)) {
    field.setSelectionRange(from, to);
    return;
  }
  const now = adapter.snapshot(field);
  if (from === to && now.caret === to) return;
  const range = now.map?.rangeFor(from, to);
  if (!range) return;
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
