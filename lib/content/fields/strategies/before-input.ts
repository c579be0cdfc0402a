import { pageRealm } from './page-realm';
import { isTextControl, nextFrame, selectSpan } from './select';
import type { ReplaceStrategy } from './strategy';

/**
 * Model-driven editors (Slate, Lexical, CKEditor 5, Quill) ignore direct DOM edits and often
 * execCommand; they handle `beforeinput` themselves, reading the target range and the data.
 * A synthetic event has no default action, so an editor that does not handle it changes nothing.
 */
function beforeInputStrategy(inputType: 'insertReplacementText' | 'insertText'): ReplaceStrategy {
  return {
    name: `beforeinput-${inputType}`,
    async apply(field, snapshot, start, end, text) {
      if (isTextControl(field)) return 'declined';
      const range = selectSpan(field, snapshot, start, end);
      if (!range) return 'declined';
      await nextFrame(field.ownerDocument.defaultView ?? window);
      const { win, clone } = pageRealm(field.ownerDocument.defaultView ?? window);
      const data = new win.DataTransfer();
      data.setData('text/plain', text);
      const target = new win.StaticRange(
        clone({
          startContainer: range.startContainer,
          startOffset: range.startOffset,
          endContainer: range.endContainer,
          endOffset: range.endOffset,
        }),
      );
      const event = new win.InputEvent(
        'beforeinput',
        clone({
          inputType,
          data: text,
          dataTransfer: data,
          targetRanges: [target],
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      // Lexical, Slate and CKEditor 5 cancel what they handle; Trix handles it without
      // cancelling it, so an uncancelled event may still have been acted on.
      return field.dispatchEvent(event) ? 'sent' : 'taken';
    },
  };
}

export const beforeInputReplacement = beforeInputStrategy('insertReplacementText');
export const beforeInputInsertText = beforeInputStrategy('insertText');
