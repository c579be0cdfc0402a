import * as v from 'valibot';

/** Field schemas shared by the parts of a backup. */

/** A time in ms since 1970 (up to the largest Date). */
export const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

/** The name of a record kind in messages (the same word in both languages). */
export const rec = (what: string) => ({ lv: what, en: what });
