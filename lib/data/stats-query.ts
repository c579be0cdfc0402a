import type { LaipniDb } from './database';
import type { RuleDayTotalRecord, RuleStatRecord } from './records';
import { NO_FORM, OTHER_FORM } from './stats';
import { STATS_CHUNK, forEachStatsChunk } from './stats-chunks';

/**
 * What the options page's statistics read, so it never loads every row of a period at once
 * (500,000 rows took 8 s and 184 MB). The trends read the per-rule-per-day totals (rules × days
 * rows); the top forms need every form of the period, so they scan the rows a chunk at a time
 * and keep one sum per form. The CSV export pages through the rows with `forEachStatsChunk`.
 */

export type RuleDayTotal = RuleDayTotalRecord;

export interface FormTotal {
  form: string;
  /** The forms over the per-rule daily cap, counted together: show as "other". */
  other: boolean;
  ruleIds: string[];
  flagged: number;
  accepted: number;
}

/** Counters per rule and day for days `from`..`to` (forms added up), rule then day order. */
export async function ruleDayTotals(
  db: LaipniDb,
  from: string,
  to: string,
): Promise<RuleDayTotal[]> {
  // [from] sorts before every [from, rule]; [to, []] after every [to, rule].
  const totals = await db.ruleDayTotals
    .where('[day+ruleId]')
    .between([from], [to, []], true, false)
    .toArray();
  return totals.sort((a, b) =>
    a.ruleId === b.ruleId ? (a.day < b.day ? -1 : 1) : a.ruleId < b.ruleId ? -1 : 1,
  );
}

/**
 * The `limit` forms flagged most in days `from`..`to`; rules counted without a form are left
 * out. Holds one chunk of rows and one sum per distinct form of the period.
 */
export async function topForms(
  db: LaipniDb,
  from: string,
  to: string,
  limit = 10,
  chunk = STATS_CHUNK,
): Promise<FormTotal[]> {
  const byForm = new Map<string, FormTotal>();
  const add = (rows: readonly RuleStatRecord[]) => {
    for (const row of rows) {
      if (row.form === NO_FORM) continue;
      let entry = byForm.get(row.form);
      if (!entry) {
        entry = {
          form: row.form,
          other: row.form === OTHER_FORM,
          ruleIds: [],
          flagged: 0,
          accepted: 0,
        };
        byForm.set(row.form, entry);
      }
      entry.flagged += row.flagged;
      entry.accepted += row.accepted;
      if (!entry.ruleIds.includes(row.ruleId)) entry.ruleIds.push(row.ruleId);
    }
  };
  await forEachStatsChunk(db.ruleStats, { from, to }, add, chunk);
  for (const entry of byForm.values()) entry.ruleIds.sort();
  return (
    [...byForm.values()]
      .filter((entry) => entry.flagged > 0)
      // Ties in the order the view always showed them (the page's locale).
      .sort((a, b) => b.flagged - a.flagged || a.form.localeCompare(b.form))
      .slice(0, Math.max(0, limit))
  );
}
