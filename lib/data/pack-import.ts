import type { Pack } from '../core/model/pack';
import { planImport, type ImportResult } from '../core/packs/import-plan';
import { problem } from '../core/packs/problems';
import { serializePack } from '../core/packs/export';
import { validatePack, type ValidateOptions, type ValidationResult } from '../core/packs/validate';
import type { LaipniDb } from './database';
import { packJson, packRecord, readPack } from './packs';
import type { InstalledPackRecord, PackSource, PackSummary } from '../core/model/installed-pack';

export interface ImportOptions {
  source?: Exclude<PackSource, 'builtin'>;
  /** Install an older version over a newer one. */
  confirmDowngrade?: boolean;
  priority?: number;
  /** File name or URL, shown in the options page. */
  origin?: string;
  now?: number;
  validation?: ValidateOptions;
  /**
   * Who validates: the background passes one that runs in a worker, so a costly pack never
   * holds up its answers; omitted, `validatePack` runs here with `validation`.
   */
  validator?: (input: unknown) => Promise<ValidationResult>;
}

function summary(record: InstalledPackRecord): PackSummary {
  const copy: Partial<InstalledPackRecord> = { ...record };
  delete copy.json;
  return copy as PackSummary;
}

/**
 * Imports a pack (JSON text or parsed value) atomically: validation happens first (here or by the
 * injected validator) and the write
 * is one transaction that re-reads the installed version, so an invalid or refused pack changes
 * nothing. Never throws; every outcome is a result.
 */
export async function importPack(
  db: LaipniDb,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const validation = options.validator
    ? await options.validator(input)
    : validatePack(input, options.validation);
  if (!validation.ok) {
    return {
      ok: false,
      reason: 'invalid',
      errors: validation.errors,
      warnings: validation.warnings,
    };
  }
  const { pack, warnings } = validation;
  const source = options.source ?? 'file';
  const now = options.now ?? Date.now();
  const serialized = packJson(pack);
  const hash = serialized.hash;
  try {
    return await db.transaction('rw', db.packs, async (): Promise<ImportResult> => {
      const previous = await db.packs.get(pack.id);
      const plan = planImport(
        previous,
        {
          id: pack.id,
          version: pack.version,
          hash,
          source,
          ...(options.origin !== undefined ? { origin: options.origin } : {}),
        },
        options.confirmDowngrade,
      );
      if (!plan.ok) {
        return {
          ok: false,
          reason: plan.refusal,
          errors: [plan.problem],
          warnings,
          ...(previous ? { installedVersion: previous.version } : {}),
          incomingVersion: pack.version,
        };
      }
      if (plan.action === 'unchanged' && previous) {
        return {
          ok: true,
          action: plan.action,
          pack: summary(previous),
          previousVersion: previous.version,
          warnings,
        };
      }
      const extra: Parameters<typeof packRecord>[4] = { serialized };
      if (options.priority !== undefined) extra.priority = options.priority;
      if (options.origin !== undefined) extra.origin = options.origin;
      const record = packRecord(pack, source, now, previous, extra);
      await db.packs.put(record);
      return {
        ok: true,
        action: plan.action,
        pack: summary(record),
        ...(previous ? { previousVersion: previous.version } : {}),
        warnings,
      };
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'storage',
      errors: [
        problem('', `Neizdevās saglabāt paku: ${detail}`, `The pack could not be saved: ${detail}`),
      ],
      warnings,
    };
  }
}

/** An installed pack as a file (two-space JSON), or null when there is no such pack. */
export async function exportInstalledPack(db: LaipniDb, id: string): Promise<string | null> {
  const record = await db.packs.get(id);
  const pack: Pack | null = record ? readPack(record) : null;
  return pack ? serializePack(pack) : null;
}
