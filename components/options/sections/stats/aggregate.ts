import { dayOf } from '../../../../lib/data/stats';
import type { RuleDayTotalRecord } from '../../../../lib/data/records';

export interface DayCounts {
  day: string;
  flagged: number;
  accepted: number;
}

export interface RuleTrend {
  ruleId: string;
  flagged: number;
  accepted: number;
  ignored: number;
  /** One entry per day of the period, zeros included, oldest first. */
  days: DayCounts[];
}

/** The last `count` local calendar days ending with the day of `now`, oldest first. */
export function lastDays(count: number, now = Date.now()): string[] {
  const today = new Date(now);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    // Calendar arithmetic in local time, so a DST change never skips or repeats a day.
    out.push(dayOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - i).getTime()));
  }
  return out;
}

/**
 * Per-rule totals and daily counts over `days`, most flagged first, from counters per rule and
 * day (`ruleDayTotals` rows; statistics rows with their forms add up the same).
 */
export function ruleTrends(
  rows: readonly RuleDayTotalRecord[],
  days: readonly string[],
): RuleTrend[] {
  const index = new Map(days.map((day, i) => [day, i]));
  const byRule = new Map<string, RuleTrend>();
  for (const row of rows) {
    const at = index.get(row.day);
    if (at === undefined) continue;
    let trend = byRule.get(row.ruleId);
    if (!trend) {
      trend = {
        ruleId: row.ruleId,
        flagged: 0,
        accepted: 0,
        ignored: 0,
        days: days.map((day) => ({ day, flagged: 0, accepted: 0 })),
      };
      byRule.set(row.ruleId, trend);
    }
    trend.flagged += row.flagged;
    trend.accepted += row.accepted;
    trend.ignored += row.ignored;
    const cell = trend.days[at];
    if (cell) {
      cell.flagged += row.flagged;
      cell.accepted += row.accepted;
    }
  }
  return [...byRule.values()].sort(
    (a, b) => b.flagged - a.flagged || a.ruleId.localeCompare(b.ruleId),
  );
}
