import type { Channel } from '../../core/model/pack';
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
