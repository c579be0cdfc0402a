import type { LaipniDb } from './database';
import { NO_FORM, OTHER_FORM } from './stats';

/**
 * What the options page's statistics read, aggregated here so it never loads every row of a
 * period (500,000 rows took 8 s and 184 MB). Each walks the `day` index range once with a
 * cursor and keeps only the aggregates. The view calls `ruleDayTotals` for the per-rule trends
 * and `topForms` for the most flagged forms; `statsPage` pages raw rows (the CSV export).
 */

export interface RuleDayTotal {
  ruleId: string;
  day: string;
  flagged: number;
  accepted: number;
  ignored: number;
}

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
  const totals = new Map<string, RuleDayTotal>();
  await db.ruleStats
    .where('day')
    .between(from, to, true, true)
    .each((row) => {
      const key = `${row.ruleId}\u0000${row.day}`;
      const total = totals.get(key);
      if (total) {
        total.flagged += row.flagged;
        total.accepted += row.accepted;
        total.ignored += row.ignored;
      } else {
        const { ruleId, day, flagged, accepted, ignored } = row;
        totals.set(key, { ruleId, day, flagged, accepted, ignored });
      }
    });
  return [...totals.values()].sort((a, b) =>
    a.ruleId === b.ruleId ? (a.day < b.day ? -1 : 1) : a.ruleId < b.ruleId ? -1 : 1,
  );
}

/** The `limit` forms flagged most in days `from`..`to`; rules counted without a form are left out. */
export async function topForms(
  db: LaipniDb,
  from: string,
  to: string,
  limit = 10,
): Promise<FormTotal[]> {
  const byForm = new Map<string, FormTotal>();
  await db.ruleStats
    .where('day')
    .between(from, to, true, true)
    .each((row) => {
      if (row.form === NO_FORM) return;
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
    });
  return [...byForm.values()]
    .sort((a, b) => b.flagged - a.flagged || (a.form < b.form ? -1 : 1))
    .slice(0, Math.max(0, limit));
}

/** One page of raw rows of days `from`..`to`, in index order. */
export function statsPage(
  db: LaipniDb,
  from: string,
  to: string,
  page: { offset: number; limit: number },
) {
  return db.ruleStats
    .where('day')
    .between(from, to, true, true)
    .offset(page.offset)
    .limit(page.limit)
    .toArray();
}
