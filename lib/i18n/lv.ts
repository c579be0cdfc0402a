/**
 * Latvian UI strings: the source catalogue. Every key here must exist in `en.ts` (the type
 * checker enforces it). Components never contain literal UI text; they call `t(key)`.
 */
export const lv = {
  'app.name': 'Laipni',
  'app.tagline': 'Laipnas saziņas palīgs',
  'sidebar.title': 'Laipni',
  'sidebar.close': 'Aizvērt sānjoslu',
  'sidebar.notVerified': 'Šo paneli var atvērt tikai Laipni paplašinājums.',
  'sidebar.site': 'Vietne: {site}',
  'sidebar.emptyFindings': 'Fokusētajā laukā piezīmju nav.',
  'sidebar.sectionCall': 'Zvans',
  'sidebar.sectionFindings': 'Ieteikumi',
  'options.title': 'Laipni iestatījumi',
  'options.language': 'Saskarnes valoda',
  'options.privacy': 'Visi dati paliek šajā pārlūkā. Nekas netiek sūtīts prom.',
  'language.lv': 'Latviešu',
  'language.en': 'English',
} as const;

export type MessageKey = keyof typeof lv;
