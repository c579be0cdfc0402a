/** The languages of the UI and of every text shown to people: Latvian (default) and English. */
export type Language = 'lv' | 'en';
export const LANGUAGES: readonly Language[] = ['lv', 'en'];
export const DEFAULT_LANGUAGE: Language = 'lv';

export function isLanguage(value: unknown): value is Language {
  return value === 'lv' || value === 'en';
}

/** Text from a pack: Latvian is required, English is the fallback translation. */
export interface LocalizedText {
  lv: string;
  en?: string;
}

/** Text the extension itself writes (errors, notices): always in both languages. */
export interface Bilingual {
  lv: string;
  en: string;
}

/** A text in `language`; Latvian where the English translation is missing. */
export function localized(text: LocalizedText, language: Language): string {
  return language === 'en' ? (text.en ?? text.lv) : text.lv;
}
