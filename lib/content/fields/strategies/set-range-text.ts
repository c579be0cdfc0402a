import { isTextControl } from './select';
import type { ReplaceStrategy } from './strategy';

/**
 * Last resort for inputs and textareas where execCommand is unavailable: the text lands and an
 * input event tells the page, but the browser's undo stack does not record it.
 */
export const setRangeTextFallback: ReplaceStrategy = {
  name: 'setRangeText',
  async apply(field, _snapshot, start, end, text) {
    if (!isTextControl(field)) return 'declined';
    field.setRangeText(text, start, end, 'end');
    const win = field.ownerDocument.defaultView ?? window;
    field.dispatchEvent(
      new win.InputEvent('input', {
        inputType: 'insertReplacementText',
        data: text,
        bubbles: true,
      }),
    );
    return 'sent';
  },
};
