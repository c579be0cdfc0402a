import { isTextControl, nextFrame, selectSpan } from './select';
import type { ReplaceStrategy } from './strategy';

/** TinyMCE takes text reliably through its paste handler (a synthetic paste with plain text). */
export const syntheticPaste: ReplaceStrategy = {
  name: 'synthetic-paste',
  async apply(field, snapshot, start, end, text) {
    if (isTextControl(field)) return;
    if (!selectSpan(field, snapshot, start, end)) return;
    await nextFrame(field.ownerDocument.defaultView ?? window);
    const win = field.ownerDocument.defaultView ?? window;
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    field.dispatchEvent(
      new win.ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  },
};
