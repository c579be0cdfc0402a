import { pageRealm } from './page-realm';
import { isTextControl, nextFrame, selectSpan } from './select';
import type { ReplaceStrategy } from './strategy';

/**
 * A synthetic paste of plain text. Rich editors handle paste themselves and insert through
 * their own model, as an undo step of its own (TinyMCE, roosterjs, CKEditor 4), so this is
 * their expected input path. One that leaves paste to the browser neither cancels it nor
 * changes the text (a synthetic paste has no default action): the next strategy runs at once.
 */
export const syntheticPaste: ReplaceStrategy = {
  name: 'synthetic-paste',
  async apply(field, snapshot, start, end, text) {
    if (isTextControl(field)) return 'declined';
    if (!selectSpan(field, snapshot, start, end)) return 'declined';
    await nextFrame(field.ownerDocument.defaultView ?? window);
    const { win, clone } = pageRealm(field.ownerDocument.defaultView ?? window);
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    const textBefore = field.textContent;
    const uncancelled = field.dispatchEvent(
      new win.ClipboardEvent(
        'paste',
        clone({
          clipboardData: data,
          // Firefox's ClipboardEvent ignores `clipboardData` and fills its own from these
          // (non-standard) fields; other browsers ignore them.
          dataType: 'text/plain',
          data: text,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      ),
    );
    if (!uncancelled) return 'taken';
    // TinyMCE inserts at once without cancelling the event.
    return field.textContent === textBefore ? 'declined' : 'sent';
  },
};
