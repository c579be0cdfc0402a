import type { Pack } from '../core/model/pack';
import type { LocalizedText } from '../core/model/text';
import { fnv1a64 } from '../core/packs/pack-hash';
import type { LaipniDb } from './database';
import type { InstalledPackRecord, PackSource, PackStatus } from '../core/model/installed-pack';

/** Installed packs, highest layer last: built-in first, then by priority, then id. */
export async function listPacks(db: LaipniDb): Promise<InstalledPackRecord[]> {
  const all = await db.packs.toArray();
  return all.sort(
    (a, b) =>
      Number(b.source === 'builtin') - Number(a.source === 'builtin') ||
      a.priority - b.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function getPack(db: LaipniDb, id: string): Promise<InstalledPackRecord | undefined> {
  return db.packs.get(id);
}

/** The stored pack. It was validated when installed, so it is parsed, not re-validated. */
export function readPack(record: InstalledPackRecord): Pack | null {
  try {
    return JSON.parse(record.json) as Pack;
  } catch {
    return null;
  }
}

/**
 * The stored JSON and its hash. Validated packs have their keys in schema order, so equal packs
 * give equal JSON, and hashing the stored text avoids a second (canonical) serialisation.
 */
export function packJson(pack: Pack): { json: string; hash: string } {
  const json = JSON.stringify(pack);
  return { json, hash: fnv1a64(json) };
}

export function packRecord(
  pack: Pack,
  source: PackSource,
  now: number,
  previous?: InstalledPackRecord,
  extra: { priority?: number; origin?: string; serialized?: { json: string; hash: string } } = {},
): InstalledPackRecord {
  const { json, hash } = extra.serialized ?? packJson(pack);
  const record: InstalledPackRecord = {
    id: pack.id,
    version: pack.version,
    name: pack.name,
    source,
    // A priority the person chose survives an update of the pack.
    priority: extra.priority ?? previous?.priority ?? pack.priority ?? 0,
    json,
    hash,
    ruleCount: pack.rules.length,
    installedAt: previous?.installedAt ?? now,
    updatedAt: now,
    status: previous?.status ?? 'active',
  };
  const origin = extra.origin ?? previous?.origin;
  if (origin !== undefined) record.origin = origin;
  return record;
}

/**
 * Installs the pack bundled with this build as the built-in layer, replacing the stored one when
 * its content differs (an extension update ships a new built-in pack, higher or not).
 */
export async function ensureBuiltinPack(
  db: LaipniDb,
  pack: Pack,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.packs, async () => {
    const previous = await db.packs.get(pack.id);
    const serialized = packJson(pack);
    if (previous && previous.source === 'builtin' && previous.hash === serialized.hash)
      return false;
    // Drop an older built-in stored under a different id.
    const stale = await db.packs.where('source').equals('builtin').primaryKeys();
    await db.packs.bulkDelete(stale.filter((id) => id !== pack.id));
    await db.packs.put({
      ...packRecord(pack, 'builtin', now, previous, { serialized }),
      status: 'active',
    });
    return true;
  });
}

export async function setPackStatus(
  db: LaipniDb,
  id: string,
  status: PackStatus,
  message?: LocalizedText,
): Promise<boolean> {
  return db.transaction('rw', db.packs, async () => {
    const record = await db.packs.get(id);
    if (!record) return false;
    const next: InstalledPackRecord = { ...record, status };
    if (message) next.statusMessage = message;
    else delete next.statusMessage;
    await db.packs.put(next);
    return true;
  });
}

export async function setPackPriority(
  db: LaipniDb,
  id: string,
  priority: number,
): Promise<boolean> {
  if (!Number.isInteger(priority)) return false;
  return (await db.packs.update(id, { priority })) === 1;
}

/** Removes an installed pack; the built-in pack cannot be removed (only its rules switched off). */
export async function removePack(db: LaipniDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.packs, async () => {
    const record = await db.packs.get(id);
    if (!record || record.source === 'builtin') return false;
    await db.packs.delete(id);
    return true;
  });
}
