import type { Table } from 'dexie';

/**
 * The schema versions of the database, oldest first. Gaps are allowed (Dexie only needs them to
 * rise): a number may be held for a change still being made elsewhere. A database already past
 * a held number never runs that version's upgrade function; Dexie still adds the tables and
 * indexes it declares (tests/unit/data/migration.test.ts). So a held version that ships late
 * may add tables and indexes, but not move data (4, call scripts, adds a table only).
 */
export const SCHEMA_VERSIONS = [1, 2, 3, 4, 5] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

/** Where a retention purge cuts: records older than this time (or calendar day) go. */
export interface RetentionCutoff {
  time: number;
  day: string;
}

/**
 * One table of the database, described once: its indexes per schema version, its record type,
 * and how backups, "delete all" and retention treat it. The database, the backup, the restore,
 * the purge and the dump are built from these descriptors (./index.ts).
 */
export interface TableDescriptor<Row, Key> {
  /**
   * Dexie's index spec in each version where it changed (the first is the primary key); null
   * deletes the table in that version.
   */
  versions: Partial<Record<SchemaVersion, string | null>>;
  /**
   * `rows`: a backup holds every row under the table's name and a restore replaces them all;
   * `custom`: the backup has its own part for it (packs, settings, distribution, the secret);
   * `none`: never in a backup;
   * `derived`: never in a backup, made again by `rebuild` from the rows a restore wrote.
   */
  backup: 'rows' | 'custom' | 'none' | 'derived';
  /**
   * For `derived` tables: replaces every row with what the tables it is derived from say, in
   * the caller's transaction (`tableOf` gives that transaction's tables).
   */
  rebuild?: (tableOf: (name: string) => Table) => Promise<void>;
  /** Emptied by "delete all personal data". */
  personal: boolean;
  /** Deletes what is older than the cutoff; returns how many records went. */
  purge?: (table: Table<Row, Key>, cutoff: RetentionCutoff) => Promise<number>;
  /** Only for typing: the record and key types. */
  readonly row?: Row;
  readonly key?: Key;
}

export function table<Row, Key>(descriptor: TableDescriptor<Row, Key>): TableDescriptor<Row, Key> {
  return descriptor;
}
