/** Strings of the options page's script editor and script statistics (`options.scripts.`). */
export const lv = {
  'options.scripts.backupCount': 'Mani skripti',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'options.scripts.backupCount': 'My scripts',
};
