import type { Language } from '../../../lib/core/model/text';

const TAGS: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

/** A date and time as people of the UI language write it. */
export function formatDateTime(time: number, locale: Language): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(time),
  );
}

export function formatNumber(value: number, locale: Language): string {
  return new Intl.NumberFormat(TAGS[locale]).format(value);
}
