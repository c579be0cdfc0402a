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
 * The rows of a day range in primary-key order (day, rule, form), `size` at a time. Each step is
 * one `getAll` over the key range that starts just after the last key of the step before
 * (keyset paging: no offset to skip, so every step costs the same), so at most one chunk is
 * held at a time. Works on the database's table or an upgrade transaction's.
 */
export async function* statsChunks(
  stats: Table<RuleStatRecord, RuleStatKey>,
  range: DayRange = {},
  size = STATS_CHUNK,
): AsyncGenerator<RuleStatRecord[]> {
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
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < size) return;
    lower = [last.day, last.ruleId, last.form];
    includeLower = false;
  }
}
