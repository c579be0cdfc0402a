import type { Channel } from '../../core/model/pack';
import { editableRoot, isEditableField, type EditableField } from '../fields/editable';
import type { SiteProfileView } from '../../protocol/page-messages';

/**
 * A field's channel from the site profile's mapping of fields to channels (the first selector
 * that matches the field or one of its ancestors); unknown means every channel's rules apply.
 */
export function channelOfField(
  field: Element,
  profile: SiteProfileView | null,
): Channel | undefined {
  for (const { selector, channel } of profile?.channels ?? []) {
    try {
      if (field.closest(selector)) return channel;
    } catch {
      // a broken selector in a profile matches nothing
    }
  }
  return undefined;
}

/** The field the site profile maps to the `note` channel (where a call note goes), if any. */
export function noteField(doc: Document, profile: SiteProfileView | null): EditableField | null {
  for (const { selector, channel } of profile?.channels ?? []) {
    if (channel !== 'note') continue;
    try {
      for (const element of doc.querySelectorAll(selector))
        if (isEditableField(element)) return editableRoot(element);
    } catch {
      // a broken selector in a profile matches nothing
    }
  }
  return null;
}
