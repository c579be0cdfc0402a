import { TABLE_NAMES, type LaipniDb } from './database';
import { dayOf } from './stats';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeResult {
  calls: number;
  contacts: number;
  stats: number;
}

/**
 * Deletes call records, contacts last seen and statistics older than `retentionDays`
 * (90 by default, set in settings or by policy). An open call is never purged.
 */
export async function purgeExpired(
  db: LaipniDb,
  retentionDays: number,
  now = Date.now(),
): Promise<PurgeResult> {
  const cutoff = now - retentionDays * DAY_MS;
  const cutoffDay = dayOf(cutoff);
  return db.transaction('rw', db.calls, db.contacts, db.ruleStats, async () => {
    const oldCalls = await db.calls
      .where('startedAt')
      .below(cutoff)
      .filter((c) => c.outcome !== 'open')
      .primaryKeys();
    await db.calls.bulkDelete(oldCalls);
    const contacts = await db.contacts.where('lastCallAt').below(cutoff).delete();
    const stats = await db.ruleStats.where('day').below(cutoffDay).delete();
    return { calls: oldCalls.length, contacts, stats };
  });
}

/** Personal data and history; installed packs (and the installation secret) are kept. */
const PERSONAL_TABLES = TABLE_NAMES.filter((name) => name !== 'packs' && name !== 'meta');

/** "Delete all": every personal record and the call history. Installed packs stay. */
export async function deleteAllPersonalData(db: LaipniDb): Promise<void> {
  const tables = PERSONAL_TABLES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
