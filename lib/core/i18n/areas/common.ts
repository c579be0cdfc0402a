/** Strings shared by every surface. Each area file exports `lv` and `en` with the same keys. */
export const lv = {
  'app.name': 'Laipni',
  'app.tagline': 'Laipnas saziņas palīgs',
  'language.lv': 'Latviešu',
  'language.en': 'English',
  'confirm.cancel': 'Atcelt',
  'confirm.covered':
    'Laipni panelis ir aizsegts vai caurspīdīgs: apstiprināt var tikai tad, kad tas ir pilnībā redzams.',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'app.name': 'Laipni',
  'app.tagline': 'A coach for kind customer conversations',
  'language.lv': 'Latviešu',
  'language.en': 'English',
  'confirm.cancel': 'Cancel',
  'confirm.covered':
    'The Laipni panel is covered or see-through: you can confirm only when it is fully visible.',
};
