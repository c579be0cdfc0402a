import type { EditableField } from '../editable';
import type { FieldSnapshot } from '../snapshot';
import { selectSpanByPointer } from './pointer-select';
import { nextFrame, selectSpan } from './select';
import type { ReplaceStrategy } from './strategy';

type SpanSelector = (
  field: EditableField,
  snapshot: FieldSnapshot,
  start: number,
  end: number,
) => Range | null;

/**
 * `execCommand('insertText')` goes through the browser's editing pipeline: the field fires
 * `input`, React and most editors update their state, and the edit joins the native undo stack
 * (setting `.value` would do none of that). Chromium fires no `beforeinput` for it, so editors
 * that take edits only from `beforeinput` (Trix, Lexical, Slate) need the beforeinput strategies.
 */
function insertTextCommandAfter(name: string, select: SpanSelector): ReplaceStrategy {
  return {
    name,
    async apply(field, snapshot, start, end, text) {
      select(field, snapshot, start, end);
      await nextFrame(field.ownerDocument.defaultView ?? window);
      const doc = field.ownerDocument;
      const done =
        text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
      return done ? 'sent' : 'declined';
    },
  };
}

export const insertTextCommand = insertTextCommandAfter('execCommand-insertText', selectSpan);

/** The same after selecting with a mouse gesture, for editors with snapshot undo histories. */
export const pointerInsertTextCommand = insertTextCommandAfter(
  'pointer-execCommand-insertText',
  selectSpanByPointer,
);
