/** Strings shared by every surface. Each area file exports `lv` and `en` with the same keys. */
export const lv = {
  'app.name': 'Laipni',
  'app.tagline': 'Laipnas saziņas palīgs',
  'language.lv': 'Latviešu',
  'language.en': 'English',
  'confirm.cancel': 'Atcelt',
  'panel.failed': 'Šo daļu neizdevās parādīt. Pārējais Laipni darbojas; teksts tiek pārbaudīts.',
  'panel.retry': 'Mēģināt vēlreiz',
  'confirm.covered':
    'Laipni panelis ir aizsegts vai caurspīdīgs: apstiprināt var tikai tad, kad tas ir pilnībā redzams.',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'app.name': 'Laipni',
  'app.tagline': 'A coach for kind customer conversations',
  'language.lv': 'Latviešu',
  'language.en': 'English',
  'confirm.cancel': 'Cancel',
  'panel.failed': 'This part could not be shown. The rest of Laipni works; text is still checked.',
  'panel.retry': 'Try again',
  'confirm.covered':
    'The Laipni panel is covered or see-through: you can confirm only when it is fully visible.',
};
