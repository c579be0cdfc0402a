import type { LaipniDb } from '../database';
import { dumpDatabase } from '../dump';
import { readPack } from '../packs';
import type { InstalledPackRecord } from '../../core/model/installed-pack';
import type { MetaRecord, SettingsRecord } from '../records';
import { distributionForBackup } from './distribution';
import { BACKUP_FORMAT, type BackupFile, type BackupPack } from './format';

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
 * one transaction. Nothing company policy manages is included (distribution.ts says why).
 */
export async function createBackup(db: LaipniDb, now = Date.now()): Promise<BackupFile> {
  const dump = await dumpDatabase(db);
  const settings =
    (dump.settings as SettingsRecord[]).find((s) => s.key === 'settings')?.value ?? {};
  const secret = (dump.meta as MetaRecord[]).find((m) => m.key === 'hmacSecret')?.value;
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    createdAt: new Date(now).toISOString(),
    data: {
      settings,
      ruleOverrides: dump.ruleOverrides as BackupFile['data']['ruleOverrides'],
      personalRules: dump.personalRules as BackupFile['data']['personalRules'],
      personalChecklistItems:
        dump.personalChecklistItems as BackupFile['data']['personalChecklistItems'],
      personalPhrases: dump.personalPhrases as BackupFile['data']['personalPhrases'],
      calls: dump.calls as BackupFile['data']['calls'],
      contacts: dump.contacts as BackupFile['data']['contacts'],
      siteSettings: dump.siteSettings as BackupFile['data']['siteSettings'],
      siteProfiles: dump.siteProfiles as BackupFile['data']['siteProfiles'],
      ruleStats: dump.ruleStats as BackupFile['data']['ruleStats'],
      packs: (dump.packs as InstalledPackRecord[])
        .map(backupPack)
        .filter((p): p is BackupPack => p !== null),
      distribution: distributionForBackup(dump.meta as MetaRecord[]),
    },
  };
  if (secret !== undefined) backup.data.installationSecret = secret;
  return backup;
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}
