import type { PurgeResult } from '../core/model/call';
import type { LaipniDb } from './database';
import { dayOf } from './stats';
import { PERSONAL_TABLES, RETAINED_TABLES, TABLES } from './tables';
import type { TableDescriptor } from './tables/table';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what is older than \`retentionDays\` (90 by default, set in settings or by policy) in
 * every table whose descriptor has a purge: calls (an open call is never purged), contacts last
 * seen, statistics. Returns how many records went from each.
 */
export async function purgeExpired(
  db: LaipniDb,
  retentionDays: number,
  now = Date.now(),
): Promise<PurgeResult> {
  const time = now - retentionDays * DAY_MS;
  const cutoff = { time, day: dayOf(time) };
  const tables = RETAINED_TABLES.map((name) => db.table(name));
  return db.transaction('rw', tables, async () => {
    const purged: Record<string, number> = {};
    for (const name of RETAINED_TABLES) {
      const descriptor = TABLES[name] as TableDescriptor<unknown, unknown>;
      purged[name] = (await descriptor.purge?.(db.table(name), cutoff)) ?? 0;
    }
    return {
      calls: purged.calls ?? 0,
      contacts: purged.contacts ?? 0,
      stats: purged.ruleStats ?? 0,
    };
  });
}

/** "Delete all": every personal record and the call history. Installed packs stay. */
export async function deleteAllPersonalData(db: LaipniDb): Promise<void> {
  const tables = PERSONAL_TABLES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
