/** Strings of the in-page UI (badge, card). */
export const lv = {
  'card.title': 'Laipni ieteikumi',
  'card.ignore': 'Ignorēt',
  'card.suggestionPrefix': 'Aizstāt ar:',
  'badge.label': 'Laipni: {count} ieteikumi šajā laukā',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'card.title': 'Laipni suggestions',
  'card.ignore': 'Ignore',
  'card.suggestionPrefix': 'Replace with:',
  'badge.label': 'Laipni: {count} suggestions in this field',
};
