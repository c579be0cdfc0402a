import type { EditableField } from '../editable';
import { insertTextCommand } from '../strategies/insert-text-command';
import { isTextControl } from '../strategies/select';
import { setRangeTextFallback } from '../strategies/set-range-text';
import type { FieldAdapter } from './adapter';

export const textControlAdapter: FieldAdapter = {
  name: 'text-control',
  matches: isTextControl,
  snapshot(field: EditableField) {
    const control = field as HTMLInputElement | HTMLTextAreaElement;
    const collapsed = control.selectionStart === control.selectionEnd;
    const focused =
      control.getRootNode() instanceof Document || control.getRootNode() instanceof ShadowRoot
        ? (control.getRootNode() as Document | ShadowRoot).activeElement === control
        : false;
    return {
      text: control.value,
      caret: collapsed && focused ? control.selectionStart : null,
    };
  },
  strategies: [insertTextCommand, setRangeTextFallback],
};
