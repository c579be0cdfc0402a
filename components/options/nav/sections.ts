/** The options page's sections, in tab order; the id is also the URL hash (#packs). */
export const SECTION_IDS = [
  'rules',
  'checklists',
  'packs',
  'sites',
  'stats',
  'backup',
  'profile',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** The section a URL hash names, or the first one. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return isSectionId(id) ? id : 'rules';
}
