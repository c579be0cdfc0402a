import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

/**
 * Versioned schema. Each version lists only what it changes; Dexie keeps the rest. Never edit a
 * released version: add the next one with an upgrade function, and extend
 * tests/unit/data/migration.test.ts to open a database made by the previous version.
 */

export const SCHEMA_V1 = {
  packs: 'id, source, priority',
  ruleOverrides: 'ruleId',
  personalRules: 'id',
  personalChecklistItems: 'id, checklist',
  personalPhrases: 'id',
  // Last calls of a contact, calls by start time (log, retention).
  calls: 'id, startedAt, [contactKey+startedAt]',
  contacts: 'contactKey, lastCallAt',
  siteSettings: 'site',
  siteProfiles: 'id, site',
  settings: 'key',
  // Stats by day (charts, retention).
  ruleStats: '[day+ruleId+form], day',
  meta: 'key',
} as const;

/** v2: calls get a derived `outcome` (open / completed / dropped, indexable); stats by rule. */
export const SCHEMA_V2 = {
  calls: 'id, startedAt, [contactKey+startedAt], outcome, [outcome+startedAt]',
  ruleStats: '[day+ruleId+form], day, [ruleId+day]',
} as const;

interface CallV1 {
  endedAt?: number | null;
  dropped?: boolean;
  outcome?: string;
}

export function outcomeOf(call: CallV1): 'open' | 'completed' | 'dropped' {
  if (call.endedAt === null || call.endedAt === undefined) return 'open';
  return call.dropped ? 'dropped' : 'completed';
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('calls')
    .toCollection()
    .modify((call: CallV1) => {
      call.outcome = outcomeOf(call);
    });
}

export function declareV1(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}

export function declareV2(db: Dexie): void {
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
}

export const CURRENT_VERSION = 2;
