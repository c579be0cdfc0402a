import { en } from './en';
import { lv, type MessageKey } from './lv';

export type UiLocale = 'lv' | 'en';
export const UI_LOCALES: readonly UiLocale[] = ['lv', 'en'];
export const DEFAULT_UI_LOCALE: UiLocale = 'lv';

const catalogues: Record<UiLocale, Record<MessageKey, string>> = { lv, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A runtime catalogue instead of the browser's i18n API, because the UI language must switch
 * from settings without reloading the extension. `{name}` placeholders are filled from params.
 */
export function createTranslator(locale: UiLocale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

export function isUiLocale(value: unknown): value is UiLocale {
  return value === 'lv' || value === 'en';
}
