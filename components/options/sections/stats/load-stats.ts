import { listCalls, scriptProgressSince } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import type { CallRecord } from '../../../../lib/core/model/call';
import { getSettings } from '../../../../lib/data/settings';
import { topFormsOfPeriod } from '../../../../lib/data/form-windows';
import { ruleDayTotals, type FormTotal, type RuleDayTotal } from '../../../../lib/data/stats-query';
import type { Checklists } from '../../../../lib/core/model/pack';
import type { Script, ScriptProgress } from '../../../../lib/core/model/script';
import { loadRuleOverview } from '../../data/rule-overview';
import { lastDays } from './aggregate';

/** The last `period` local calendar days, oldest first, and the first and last of them. */
export interface Period {
  days: string[];
  from: string;
  to: string;
}

export function periodOf(period: number, now = Date.now()): Period {
  const days = lastDays(period, now);
  return { days, from: days[0] ?? '', to: days[days.length - 1] ?? '' };
}

export interface StatsData extends Period {
  /** Counters per rule and day (forms added up): rules × days rows, whatever the row count. */
  totals: RuleDayTotal[];
  calls: CallRecord[];
  checklists: Checklists;
  retentionDays: number;
  /** The period's ended calls' script progress, and the scripts to read it with. */
  scriptProgress: ScriptProgress[];
  scripts: Script[];
}

/**
 * What the statistics section shows first for the last `period` days, read locally. It reads
 * the per-rule-per-day totals, never the statistics rows themselves.
 */
export async function loadStats(
  db: LaipniDb,
  period: number,
  now = Date.now(),
): Promise<StatsData> {
  const range = periodOf(period, now);
  const [totals, calls, overview, settings, scriptProgress] = await Promise.all([
    ruleDayTotals(db, range.from, range.to),
    listCalls(db, { limit: 30 }),
    loadRuleOverview(db),
    getSettings(db),
    scriptProgressSince(db, Date.parse(`${range.from}T00:00:00`) || now - period * 86_400_000),
  ]);
  return {
    ...range,
    totals,
    calls: calls.filter((c) => c.outcome !== 'open'),
    checklists: overview.effective.pack.checklists ?? {},
    retentionDays: settings.retentionDays,
    scriptProgress,
    scripts: overview.effective.pack.scripts ?? [],
  };
}

/** Shown phrase forms. */
export const TOP_PHRASES = 10;

/**
 * The most flagged phrase forms of the period, read apart from `loadStats` so they never hold
 * up the trends: today's rows and the period's window of past days (`refreshFormWindow`, run
 * by the section), or every row of the period a chunk at a time while there is no window.
 */
export function loadTopPhrases(
  db: LaipniDb,
  period: number,
  now = Date.now(),
): Promise<FormTotal[]> {
  return topFormsOfPeriod(db, period, TOP_PHRASES, now);
}
