import type { ActivityExport } from '../core/model/activity';
import type { Checklists } from '../core/model/pack';
import { buildActivity, type ExportIdentity } from '../core/report/build-activity';
import { parseActivity } from '../core/report/activity';
import type { LaipniDb } from './database';
import { dayHasActivity, readDay } from './activity-export';

/**
 * One day's file, exactly as it is sent (or downloaded, or previewed): built from the day's
 * data, then checked against `laipni-activity/1` (what `laipni report` accepts). Null when
 * nothing happened that day.
 */
export async function activityForDay(
  db: LaipniDb,
  day: string,
  identity: ExportIdentity,
  checklists: Checklists,
  now: number,
  extensionVersion: string,
): Promise<ActivityExport | null> {
  const data = await readDay(db, day);
  if (!dayHasActivity(data)) return null;
  const built = buildActivity({
    ...identity,
    day,
    generatedAt: now,
    extensionVersion,
    packs: data.packs,
    ruleStats: data.ruleStats,
    calls: data.calls,
    checklists,
  });
  const checked = parseActivity(built);
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new Error(`activity export for ${day} is not valid: ${first?.path} ${first?.en}`);
  }
  return checked.activity;
}
