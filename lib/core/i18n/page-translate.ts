import * as common from './areas/common';
import * as page from './areas/page';
import type { Language } from '../model/text';
import { translatorFor, type TranslateOf } from './translator';

/**
 * The in-page UI's strings only: the page engine is injected into CRM frames, and carrying
 * the options page's and the sidebar's catalogues there cost ~12 KB gzip of its 40 KB budget.
 */
const catalogues = {
  lv: { ...common.lv, ...page.lv },
  en: { ...common.en, ...page.en },
} satisfies Record<Language, Record<string, string>>;

export type PageMessageKey = keyof typeof catalogues.lv;
export type PageTranslate = TranslateOf<PageMessageKey>;

export function createPageTranslator(locale: Language): PageTranslate {
  return translatorFor<PageMessageKey>(catalogues[locale]);
}
