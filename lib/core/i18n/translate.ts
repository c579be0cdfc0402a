import { en } from './en';
import { translatorFor, type TranslateOf } from './translator';
import { lv, type MessageKey } from './lv';

export type { TranslateOf } from './translator';
export type UiLocale = 'lv' | 'en';
export const UI_LOCALES: readonly UiLocale[] = ['lv', 'en'];
export const DEFAULT_UI_LOCALE: UiLocale = 'lv';

const catalogues: Record<UiLocale, Record<MessageKey, string>> = { lv, en };

export type Translate = TranslateOf<MessageKey>;

/** Every surface's strings (extension pages). The page engine uses `createPageTranslator`. */
export function createTranslator(locale: UiLocale): Translate {
  return translatorFor(catalogues[locale]);
}

export function isUiLocale(value: unknown): value is UiLocale {
  return value === 'lv' || value === 'en';
}
