/** Strings shared by every surface. Each area file exports `lv` and `en` with the same keys. */
export const lv = {
  'app.name': 'Laipni',
  'app.tagline': 'Laipnas saziņas palīgs',
  'language.lv': 'Latviešu',
  'language.en': 'English',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'app.name': 'Laipni',
  'app.tagline': 'A coach for kind customer conversations',
  'language.lv': 'Latviešu',
  'language.en': 'English',
};
