import { listCalls, scriptProgressSince } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import type { CallRecord } from '../../../../lib/core/model/call';
import type { RuleStatRecord } from '../../../../lib/data/records';
import { getSettings } from '../../../../lib/data/settings';
import { statsByDay } from '../../../../lib/data/stats';
import type { Checklists } from '../../../../lib/core/model/pack';
import type { Script, ScriptProgress } from '../../../../lib/core/model/script';
import { loadRuleOverview } from '../../data/rule-overview';
import { lastDays } from './aggregate';

export interface StatsData {
  days: string[];
  rows: RuleStatRecord[];
  calls: CallRecord[];
  checklists: Checklists;
  retentionDays: number;
  /** The period's ended calls' script progress, and the scripts to read it with. */
  scriptProgress: ScriptProgress[];
  scripts: Script[];
}

/** Everything the statistics section shows for the last `period` days, read locally. */
export async function loadStats(
  db: LaipniDb,
  period: number,
  now = Date.now(),
): Promise<StatsData> {
  const days = lastDays(period, now);
  const from = days[0] ?? '';
  const to = days[days.length - 1] ?? '';
  const [rows, calls, overview, settings, scriptProgress] = await Promise.all([
    statsByDay(db, from, to),
    listCalls(db, { limit: 30 }),
    loadRuleOverview(db),
    getSettings(db),
    scriptProgressSince(db, Date.parse(`${from}T00:00:00`) || now - period * 86_400_000),
  ]);
  return {
    days,
    rows,
    calls: calls.filter((c) => c.outcome !== 'open'),
    checklists: overview.effective.pack.checklists ?? {},
    retentionDays: settings.retentionDays,
    scriptProgress,
    scripts: overview.effective.pack.scripts ?? [],
  };
}
