import type { UiLocale } from '../../../lib/core/i18n/translate';
import type { LocalizedText } from '../../../lib/core/model/pack';

/** A pack's text in the UI language; Latvian is always there, English may be missing. */
export function localized(text: LocalizedText, locale: UiLocale): string {
  return locale === 'en' ? (text.en ?? text.lv) : text.lv;
}

/** A bilingual problem message in the UI language. */
export function problemText(problem: { lv: string; en: string }, locale: UiLocale): string {
  return locale === 'en' ? problem.en : problem.lv;
}
