import type { MessageKey } from './lv';

/** English UI strings; the type makes a missing translation a compile error. */
export const en: Record<MessageKey, string> = {
  'app.name': 'Laipni',
  'app.tagline': 'A coach for kind customer conversations',
  'sidebar.title': 'Laipni',
  'sidebar.close': 'Close the sidebar',
  'sidebar.notVerified': 'Only the Laipni extension can open this panel.',
  'sidebar.site': 'Site: {site}',
  'sidebar.emptyFindings': 'Nothing to suggest in the focused field.',
  'sidebar.sectionCall': 'Call',
  'sidebar.sectionFindings': 'Suggestions',
  'options.title': 'Laipni settings',
  'options.language': 'Interface language',
  'options.privacy': 'All data stays in this browser. Nothing is sent anywhere.',
  'language.lv': 'Latviešu',
  'language.en': 'English',
};
