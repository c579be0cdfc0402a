import * as v from 'valibot';
import { issueToProblem } from '../../core/packs/issue-text';
import { PACK_LIMITS, type PackLimits } from '../../core/packs/limits';
import { readDocument } from '../../core/packs/prescan';
import { formatPath, problem, type PackProblem } from '../../core/packs/problems';
import { validatePack } from '../../core/packs/validate';
import { checkScripts } from '../../core/scripts/validate';
import type { Pack } from '../../core/model/pack';
import type { LaipniDb } from '../database';
import { packRecord } from '../packs';
import { putState } from '../state';
import { BACKUP_ROW_TABLES, DERIVED_TABLES, TABLES } from '../tables';
import type { TableDescriptor } from '../tables/table';
import { distributionProblems, restoreDistribution } from './distribution';
import { backupSchema, type BackupFile } from './format';

/** A year of heavy use (100,000 calls, their stats and packs) fits well inside. */
export const BACKUP_LIMITS: PackLimits = {
  ...PACK_LIMITS,
  maxDocumentBytes: 512 * 1024 * 1024,
  maxArrayLength: 1_000_000,
  maxNodes: 50_000_000,
};

export type BackupCheck =
  { ok: true; backup: BackupFile; packs: Pack[] } | { ok: false; errors: PackProblem[] };

function prefixed(prefix: string, found: PackProblem[]): PackProblem[] {
  return found.map((p) => ({
    ...p,
    path: p.path === '' ? prefix : p.path.startsWith('[') ? prefix + p.path : `${prefix}.${p.path}`,
  }));
}

/** Validates a backup (JSON text or value) without touching the database. */
export function validateBackup(input: unknown, limits: PackLimits = BACKUP_LIMITS): BackupCheck {
  const read = readDocument(input, limits);
  if (!read.ok) return read;
  const parsed = v.safeParse(backupSchema, read.value, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.slice(0, limits.maxReportedErrors).map(issueToProblem),
    };
  }
  const backup = parsed.output as BackupFile;
  const errors: PackProblem[] = [];
  const packs: Pack[] = [];
  backup.data.packs.forEach((entry, i) => {
    const at = formatPath(['data', 'packs', i, 'pack']);
    // Examples and script wording are not re-run: a pack that was valid when installed stays
    // restorable after the built-in rules changed.
    const checked = validatePack(entry.pack, { runExamples: false, checkWording: false });
    if (!checked.ok) errors.push(...prefixed(at, checked.errors));
    else if (checked.pack.id !== entry.id) {
      errors.push(
        problem(
          `${at}.id`,
          'Pakas identifikators nesakrīt ar ierakstu.',
          'The pack id does not match its entry.',
        ),
      );
    } else packs.push(checked.pack);
  });
  // The agent's scripts must make sense as a call runs them (wording is not re-checked).
  const own = backup.data.personalScripts ?? [];
  own.forEach((record, i) => {
    const at = formatPath(['data', 'personalScripts', i, 'script']);
    const found = checkScripts([record.script], { at: [] }).errors;
    errors.push(...found.map((p) => ({ ...p, path: at + p.path.replace(/^\[0\]/, '') })));
  });
  if (backup.data.distribution) errors.push(...distributionProblems(backup.data.distribution));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, backup, packs };
}

export type RestoreResult =
  | {
      ok: true;
      restored: Record<string, number>;
      skippedPacks: string[];
      /** Subscriptions in the backup whose URL company policy already manages here. */
      skippedSubscriptions: string[];
    }
  | { ok: false; errors: PackProblem[] };

/**
 * Restores a backup: validates everything first, then replaces personal data and history in one
 * transaction; derived tables (the statistics totals) are made again from the restored rows. A
 * bad file or a failed write changes nothing. Built-in and policy packs stay as they are; the
 * backup's own packs replace packs of the same id installed from a file or URL.
 * A `laipni-backup/2` file also replaces the agent's subscriptions and pinned keys (managed
 * subscriptions stay); a `/1` file, which has none, leaves them as they are.
 */
export async function restoreBackup(
  db: LaipniDb,
  input: unknown,
  now = Date.now(),
): Promise<RestoreResult> {
  const checked = validateBackup(input);
  if (!checked.ok) return checked;
  const { backup, packs } = checked;
  const tables = [
    ...BACKUP_ROW_TABLES.map((name) => db.table(name)),
    ...DERIVED_TABLES.map((name) => db.table(name)),
    db.settings,
    db.packs,
    db.subscriptions,
    db.state,
  ];
  try {
    return await db.transaction('rw', tables, async () => {
      const restored: Record<string, number> = {};
      for (const name of BACKUP_ROW_TABLES) {
        const rows = (backup.data as unknown as Record<string, readonly object[]>)[name] ?? [];
        await db.table(name).clear();
        await db.table(name).bulkAdd([...rows]);
        restored[name] = rows.length;
      }
      // Tables summing restored rows are made again from them, not read from the file.
      for (const name of DERIVED_TABLES) {
        const descriptor = TABLES[name] as TableDescriptor<unknown, unknown>;
        await descriptor.rebuild?.((table) => db.table(table));
      }
      await db.settings.put({ key: 'settings', value: backup.data.settings });
      const skippedPacks: string[] = [];
      for (const [i, pack] of packs.entries()) {
        const entry = backup.data.packs[i];
        const existing = await db.packs.get(pack.id);
        if (!entry || (existing && existing.source !== 'file' && existing.source !== 'url')) {
          skippedPacks.push(pack.id);
          continue;
        }
        const record = packRecord(pack, entry.source, now, undefined, {
          priority: entry.priority,
          ...(entry.origin ? { origin: entry.origin } : {}),
        });
        await db.packs.put({
          ...record,
          installedAt: entry.installedAt,
          updatedAt: entry.updatedAt,
          status: entry.status,
        });
      }
      restored.packs = packs.length - skippedPacks.length;
      if (backup.data.installationSecret)
        await putState(db, 'installation', { secret: backup.data.installationSecret });
      let skippedSubscriptions: string[] = [];
      if (backup.data.distribution) {
        const written = await restoreDistribution(db, backup.data.distribution);
        restored.subscriptions = written.restored;
        skippedSubscriptions = written.skipped;
      }
      return { ok: true as const, restored, skippedPacks, skippedSubscriptions };
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        problem(
          '',
          `Atjaunošana neizdevās, nekas netika mainīts: ${detail}`,
          `The restore failed and nothing was changed: ${detail}`,
        ),
      ],
    };
  }
}
