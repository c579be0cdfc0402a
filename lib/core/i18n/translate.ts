import { en } from './en';
import { translatorFor, type TranslateOf } from './translator';
import { lv, type MessageKey } from './lv';

export type { TranslateOf } from './translator';
import type { Language } from '../model/text';

const catalogues: Record<Language, Record<MessageKey, string>> = { lv, en };

export type Translate = TranslateOf<MessageKey>;

/** Every surface's strings (extension pages). The page engine uses `createPageTranslator`. */
export function createTranslator(locale: Language): Translate {
  return translatorFor(catalogues[locale]);
}
