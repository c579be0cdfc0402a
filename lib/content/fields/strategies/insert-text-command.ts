import { nextFrame, selectSpan } from './select';
import type { ReplaceStrategy } from './strategy';

/**
 * `execCommand('insertText')` goes through the browser's editing pipeline: the field fires
 * `input`, React and most editors update their state, and the edit joins the native undo stack
 * (setting `.value` would do none of that). Chromium fires no `beforeinput` for it, so editors
 * that take edits only from `beforeinput` (Trix, Lexical, Slate) need the beforeinput strategies.
 */
export const insertTextCommand: ReplaceStrategy = {
  name: 'execCommand-insertText',
  async apply(field, snapshot, start, end, text) {
    selectSpan(field, snapshot, start, end);
    await nextFrame(field.ownerDocument.defaultView ?? window);
    const doc = field.ownerDocument;
    const done =
      text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
    return done ? 'sent' : 'declined';
  },
};
