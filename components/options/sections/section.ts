import type { ComponentType } from 'preact';
import type { MessageKey } from '../../../lib/core/i18n/lv';

/**
 * One section (tab) of the options page. `id` is also the URL hash (`#packs`) and the
 * panel's `data-section`; `titleKey` labels the tab; `component` draws the section.
 */
export interface SectionDescriptor<Id extends string = string> {
  id: Id;
  titleKey: MessageKey;
  component: ComponentType;
}

/** Keeps the literal id, so the registry's ids form the `SectionId` union. */
export function defineSection<const Id extends string>(
  section: SectionDescriptor<Id>,
): SectionDescriptor<Id> {
  return section;
}
