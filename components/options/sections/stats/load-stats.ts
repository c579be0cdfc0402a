import { listCalls } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import type { CallRecord } from '../../../../lib/core/model/call';
import { getSettings } from '../../../../lib/data/settings';
import {
  ruleDayTotals,
  topForms,
  type FormTotal,
  type RuleDayTotal,
} from '../../../../lib/data/stats-query';
import type { Checklists } from '../../../../lib/core/model/pack';
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
  const [totals, calls, overview, settings] = await Promise.all([
    ruleDayTotals(db, range.from, range.to),
    listCalls(db, { limit: 30 }),
    loadRuleOverview(db),
    getSettings(db),
  ]);
  return {
    ...range,
    totals,
    calls: calls.filter((c) => c.outcome !== 'open'),
    checklists: overview.effective.pack.checklists ?? {},
    retentionDays: settings.retentionDays,
  };
}

/** Shown phrase forms. */
export const TOP_PHRASES = 10;

/**
 * The most flagged phrase forms of the period: they need every form's row, so they are read
 * apart from `loadStats` (a chunk at a time) and never hold up the trends.
 */
export function loadTopPhrases(
  db: LaipniDb,
  period: number,
  now = Date.now(),
): Promise<FormTotal[]> {
  const { from, to } = periodOf(period, now);
  return topForms(db, from, to, TOP_PHRASES);
}
