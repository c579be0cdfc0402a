import type { LaipniDb } from '../database';
import { dumpDatabase } from '../dump';
import { readPack } from '../packs';
import type { InstalledPackRecord } from '../../core/model/installed-pack';
import type { PackSubscription } from '../../core/model/distribution';
import type { SettingsRecord } from '../records';
import { BACKUP_ROW_TABLES, type TableName } from '../tables';
import type { StateRecord, StateRows } from '../tables/state';
import { distributionForBackup } from './distribution';
import { BACKUP_FORMAT, type BackupFile, type BackupPack } from './format';

/** The backup's parts that are a table's rows as they are (the rest have their own shape). */
type BackupRowTable = Exclude<keyof BackupFile['data'] & TableName, 'settings' | 'packs'>;

function backupPack(record: InstalledPackRecord): BackupPack | null {
  if (record.source !== 'file' && record.source !== 'url') return null;
  const pack = readPack(record);
  if (!pack) return null;
  const out: BackupPack = {
    id: record.id,
    source: record.source,
    priority: record.priority,
    status: record.status,
    installedAt: record.installedAt,
    updatedAt: record.updatedAt,
    pack,
  };
  if (record.origin !== undefined) out.origin = record.origin;
  return out;
}

/**
 * Everything personal, the call history and the agent's subscriptions and pinned keys, read in
 * one transaction. Nothing company policy manages is included (distribution.ts says why). The
 * tables whose rows travel as they are come from the table descriptors.
 */
export async function createBackup(db: LaipniDb, now = Date.now()): Promise<BackupFile> {
  const dump = await dumpDatabase(db);
  const settings =
    (dump.settings as SettingsRecord[]).find((s) => s.key === 'settings')?.value ?? {};
  const state = dump.state as StateRecord[];
  const installation = state.find((row) => row.key === 'installation')?.value as
    StateRows['installation'] | undefined;
  const rows = Object.fromEntries(BACKUP_ROW_TABLES.map((name) => [name, dump[name]]));
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    createdAt: new Date(now).toISOString(),
    data: {
      ...(rows as Pick<BackupFile['data'], BackupRowTable>),
      settings,
      packs: (dump.packs as InstalledPackRecord[])
        .map(backupPack)
        .filter((p): p is BackupPack => p !== null),
      distribution: distributionForBackup(
        dump.subscriptions as PackSubscription[],
        state.find((row) => row.key === 'distribution')?.value,
      ),
    },
  };
  if (installation) backup.data.installationSecret = installation.secret;
  return backup;
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}
