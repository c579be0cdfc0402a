/** Strings of the options page. */
export const lv = {
  'options.title': 'Laipni iestatījumi',
  'options.language': 'Saskarnes valoda',
  'options.privacy': 'Visi dati paliek šajā pārlūkā. Nekas netiek sūtīts prom.',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'options.title': 'Laipni settings',
  'options.language': 'Interface language',
  'options.privacy': 'All data stays in this browser. Nothing is sent anywhere.',
};
