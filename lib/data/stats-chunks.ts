import type { Table } from 'dexie';
import type { RuleStatRecord } from './records';

/** The primary key of a statistics row: day, rule, form. */
export type RuleStatKey = [string, string, string];

/**
 * Rows read per step. One `getAll` of 10,000 rows is a few MB of objects and one round trip;
 * a cursor would cost a round trip per row, one read of the whole period all its rows at once.
 */
export const STATS_CHUNK = 10_000;

/** Days `from`..`to` inclusive; the defaults cover every day. */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * Hands the rows of a day range to `onChunk` in primary-key order (day, rule, form), `size` at
 * a time. Each step is one `getAll` over the key range that starts just after the last key of
 * the step before (keyset paging: no offset to skip, so every step costs the same), so at most
 * one chunk is held at a time. Works on the database's table or a transaction's (an upgrade, a
 * restore): a plain loop that awaits only Dexie's promises, so the transaction stays open in a
 * real browser (an async generator between the steps let Chromium commit it early).
 */
export async function forEachStatsChunk(
  stats: Table<RuleStatRecord, RuleStatKey>,
  range: DayRange,
  onChunk: (rows: RuleStatRecord[]) => Promise<unknown> | void,
  size = STATS_CHUNK,
): Promise<void> {
  // [day] sorts before every [day, rule, form]; [day, []] after them (arrays sort after strings).
  let lower: unknown[] = [range.from ?? ''];
  const upper: unknown[] = [range.to ?? '\uffff', []];
  let includeLower = true;
  for (;;) {
    const rows = await stats
      .where('[day+ruleId+form]')
      .between(lower, upper, includeLower, false)
      .limit(size)
      .toArray();
    if (rows.length > 0) await onChunk(rows);
    const last = rows.at(-1);
    if (!last || rows.length < size) return;
    lower = [last.day, last.ruleId, last.form];
    includeLower = false;
  }
}
