/** Strings of the sidebar. */
export const lv = {
  'sidebar.title': 'Laipni',
  'sidebar.close': 'Aizvērt sānjoslu',
  'sidebar.notVerified': 'Šo paneli var atvērt tikai Laipni paplašinājums.',
  'sidebar.site': 'Vietne: {site}',
  'sidebar.emptyFindings': 'Fokusētajā laukā piezīmju nav.',
  'sidebar.sectionCall': 'Zvans',
  'sidebar.sectionFindings': 'Ieteikumi',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'sidebar.title': 'Laipni',
  'sidebar.close': 'Close the sidebar',
  'sidebar.notVerified': 'Only the Laipni extension can open this panel.',
  'sidebar.site': 'Site: {site}',
  'sidebar.emptyFindings': 'Nothing to suggest in the focused field.',
  'sidebar.sectionCall': 'Call',
  'sidebar.sectionFindings': 'Suggestions',
};
