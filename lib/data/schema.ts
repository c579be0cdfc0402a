import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { TABLES } from './tables';
import { SCHEMA_VERSIONS, type SchemaVersion } from './tables/table';
import { upgradeToV2 } from './upgrades/v2';
import { upgradeToV3 } from './upgrades/v3';
import { upgradeToV5 } from './upgrades/v5';

/**
 * The versions of the schema, built from the table descriptors: each version lists the tables
 * whose indexes changed in it, and runs its upgrade. Never edit a released version: add the
 * next one to SCHEMA_VERSIONS, give the tables it changes an entry for it, add its upgrade, and
 * extend tests/unit/data/migration.test.ts to open a database made by the previous version.
 * (v4 only adds a table, the agent's call scripts: no upgrade to run.)
 */
const UPGRADES: Partial<Record<SchemaVersion, (tx: Transaction) => Promise<void>>> = {
  2: upgradeToV2,
  3: upgradeToV3,
  5: upgradeToV5,
};

export function storesOf(version: SchemaVersion): Record<string, string | null> {
  const stores: Record<string, string | null> = {};
  for (const [name, descriptor] of Object.entries(TABLES)) {
    const spec = (descriptor.versions as Partial<Record<SchemaVersion, string | null>>)[version];
    if (spec !== undefined) stores[name] = spec;
  }
  return stores;
}

/** Declares every version on a Dexie instance, up to `until` (older versions, for tests). */
export function declareSchema(db: Dexie, until: SchemaVersion = CURRENT_VERSION): void {
  for (const version of SCHEMA_VERSIONS) {
    if (version > until) break;
    const declared = db.version(version).stores(storesOf(version));
    const upgrade = UPGRADES[version];
    if (upgrade) declared.upgrade(upgrade);
  }
}

export const CURRENT_VERSION: SchemaVersion = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1] ?? 1;
