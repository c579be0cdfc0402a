import type { ActivityDelivery, ActivityExportState } from '../core/model/activity';
import type { CallRecord } from '../core/model/call';
import type { LaipniDb } from './database';
import { listPacks } from './packs';
import { getState, putState } from './state';
import { dayOf } from './stats';
import type { RuleStatRecord } from './records';

/**
 * What the activity export reads for one day (statistics rows, calls that ended that day, the
 * packs in force) and its delivery state. The background sends; the options page previews.
 */

const HOUR_MS = 3_600_000;

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `agent-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The export state; the random agent id is made (and kept) on first read. */
export async function getActivityState(db: LaipniDb): Promise<ActivityExportState> {
  return db.transaction('rw', db.state, async () => {
    const stored = await getState(db, 'activity');
    if (stored?.randomAgentId) return stored;
    const fresh: ActivityExportState = { ...(stored ?? {}), randomAgentId: randomId() };
    await putState(db, 'activity', fresh);
    return fresh;
  });
}

/** Changes the state; fields set to undefined are removed. */
export async function updateActivityState(
  db: LaipniDb,
  patch: Partial<ActivityExportState>,
): Promise<ActivityExportState> {
  // Read and written in one transaction: the options page switches the agent's export meanwhile.
  return db.transaction('rw', db.state, async () => {
    const current = await getActivityState(db);
    const next: ActivityExportState = { ...current, ...patch };
    for (const [key, value] of Object.entries(patch))
      if (value === undefined) delete (next as unknown as Record<string, unknown>)[key];
    await putState(db, 'activity', next);
    return next;
  });
}

/**
 * Switches the agent's own export on (from `today`: earlier days are not saved by it, the
 * options page downloads any day by hand) or off (forgotten: switched on again, it starts anew).
 */
export async function setPersonalExport(
  db: LaipniDb,
  on: boolean,
  today: string,
): Promise<ActivityExportState> {
  const current = await getActivityState(db);
  if (on === (current.personal !== undefined)) return current;
  return updateActivityState(db, { personal: on ? { sinceDay: today } : undefined });
}

/**
 * Changes the agent's own export's delivery state, in one transaction, only while it is still
 * the one switched on from `sinceDay` (switched off or on anew meanwhile: nothing is written,
 * null). Fields set to undefined are removed.
 */
export async function updatePersonalDelivery(
  db: LaipniDb,
  sinceDay: string,
  patch: Partial<ActivityDelivery>,
): Promise<ActivityDelivery | null> {
  return db.transaction('rw', db.state, async () => {
    const stored = await getState(db, 'activity');
    const personal = stored?.personal;
    if (!stored || personal?.sinceDay !== sinceDay) return null;
    const next: ActivityDelivery = { ...personal, ...patch };
    for (const [key, value] of Object.entries(patch))
      if (value === undefined) delete (next as Record<string, unknown>)[key];
    await putState(db, 'activity', { ...stored, personal: next });
    return next;
  });
}

export interface DayData {
  ruleStats: RuleStatRecord[];
  calls: CallRecord[];
  packs: Array<{ id: string; version: string }>;
}

/** Local midnight of a `YYYY-MM-DD` day. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/** The day after `day` (local calendar). */
export function nextDay(day: string): string {
  return dayOf(dayStart(day) + 36 * HOUR_MS);
}

export async function readDay(db: LaipniDb, day: string): Promise<DayData> {
  const start = dayStart(day);
  const [ruleStats, calls, packs] = await Promise.all([
    db.ruleStats.where('day').equals(day).toArray(),
    // A call that ended this day began at most two days before (the format's bound).
    db.calls
      .where('startedAt')
      .between(start - 48 * HOUR_MS, start + 26 * HOUR_MS)
      .filter((c) => c.endedAt !== null && dayOf(c.endedAt) === day)
      .toArray(),
    listPacks(db),
  ]);
  return {
    ruleStats,
    calls,
    packs: packs
      .filter((p) => p.status === 'active')
      .map((p) => ({ id: p.id, version: p.version })),
  };
}

/** Whether anything happened that day (an empty day sends no file). */
export function dayHasActivity(data: DayData): boolean {
  return data.ruleStats.length > 0 || data.calls.length > 0;
}
