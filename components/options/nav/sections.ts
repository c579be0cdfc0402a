import { SECTIONS, type SectionId } from '../sections';

/** The id of the section a URL hash names, or the first section's. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS.find((section) => section.id === id) ?? SECTIONS[0]).id;
}
