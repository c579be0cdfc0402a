import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { availableParallelism } from 'node:os';

/**
 * DuckDB for the team report, behind a small interface so the rest sees plain rows. DuckDB is a
 * command-line dependency only: it is imported when `laipni report` runs (esbuild leaves it
 * external, its native binary comes from the npm registry's `@duckdb/node-bindings-*`), and the
 * extension never loads it.
 */

export type Scalar = string | number | boolean | null;
export type Row = Record<string, Scalar>;

export interface Db {
  run(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  /** Inserts `(tag, value)` rows into a two-column table, as one bound list. */
  insertTagged(table: string, tag: string, values: readonly string[]): Promise<void>;
  close(): void;
}

/** @duckdb/node-api is not installed, or its native binary does not load on this system. */
export class DuckDbUnavailable extends Error {}

function scalar(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return String(value);
}

export interface DbOptions {
  /** Where DuckDB may spill when memory runs short (a temporary folder of ours). */
  tempDir: string;
  threads?: number;
}

export async function openDb(options: DbOptions): Promise<Db> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DuckDbUnavailable(`DuckDB (@duckdb/node-api) cannot be loaded: ${detail}`);
  }
  const instance: DuckDBInstance = await api.DuckDBInstance.create(':memory:', {
    threads: String(options.threads ?? availableParallelism()),
    temp_directory: options.tempDir,
    // Rows are grouped and sorted explicitly; keeping file order would only cost memory.
    preserve_insertion_order: 'false',
    // JSON is built in; nothing is ever downloaded while a report runs.
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection: DuckDBConnection = await instance.connect();
  return {
    async run(sql) {
      await connection.run(sql);
    },
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader
        .getRowObjectsJS()
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, scalar(v)])));
    },
    async insertTagged(table, tag, values) {
      if (values.length === 0) return;
      await connection.run(`INSERT INTO ${table} SELECT $1, unnest($2::VARCHAR[])`, [
        tag,
        api.listValue([...values]),
      ]);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A SQL string literal. */
export function lit(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
