import { agoParts } from '../../lib/core/calls/repeat-summary';
import type { Translate } from '../../lib/core/i18n/translate';
import type { Language } from '../../lib/core/model/text';

const LOCALE_TAGS: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

/** «tikko», «pirms 5 min» / «just now», «5 min ago». */
export function formatAgo(t: Translate, then: number, now: number): string {
  const { unit, value } = agoParts(then, now);
  const key = {
    now: 'sidebar.ago.now',
    minutes: 'sidebar.ago.minutes',
    hours: 'sidebar.ago.hours',
    days: 'sidebar.ago.days',
  } as const;
  return t(key[unit], { n: value });
}

/** A date and time in the UI language («12.03.2025, 14:05»). */
export function formatDateTime(locale: Language, at: number): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(at);
}
