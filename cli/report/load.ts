import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { checkChunk, tablePath, type ChunkJob, type ChunkResult } from './check-chunk';
import { lit, type Db } from './duckdb';
import type { ActivitySources } from './sources';
import { REFUSED_TABLE, ROW_TABLE_LIST, type Column } from './row-tables';

/**
 * Reads every activity file and keeps exactly the files `parseActivity` accepts. The files are
 * checked in worker threads (V8 parses a small JSON file several times faster than DuckDB's
 * JSON reader builds nested rows from it, see docs/distribution.md), which write flat rows;
 * DuckDB lists the files, reads the rows back and does all the adding up.
 */

export interface Refusal {
  file: string;
  /** Why, in the validator's words (its first problem, with the JSON path). */
  reason: string;
}

export interface LoadResult {
  files: number;
  valid: number;
  refused: Refusal[];
  /** Files for the same agent and day as a newer one (only the newest counts). */
  duplicates: { file: string; kept: string }[];
  /** How many checkers read the files (worker threads, or 1 inline). */
  checkers: number;
}

export interface LoadOptions {
  /** Where the checkers write their rows (a temporary folder of ours). */
  tempDir: string;
  /** The bundled checker (dist-cli/report-worker.mjs) and how many to run; without, inline. */
  workers?: {
    url: URL;
    count: number;
    /** Fewer files than this per worker are not worth a thread (default 4,000). */
    filesPerWorker?: number;
  };
}

/** The files to read, each once, in a stable order (file ids follow it). */
async function listFiles(db: Db, sources: ActivitySources): Promise<string[]> {
  const files = new Set<string>(sources.files);
  for (const pattern of sources.patterns)
    for (const row of await db.rows(`SELECT file FROM glob(${lit(pattern)})`))
      files.add(String(row.file));
  return [...files].sort();
}

function runWorker(url: URL, job: ChunkJob): Promise<ChunkResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job });
    worker.once('message', (result: ChunkResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a report checker stopped with exit code ${code}`));
    });
  });
}

async function checkAll(files: readonly string[], options: LoadOptions): Promise<string[]> {
  const perWorker = options.workers?.filesPerWorker ?? 4_000;
  const count = Math.max(
    1,
    Math.min(options.workers?.count ?? 1, Math.ceil(files.length / perWorker)),
  );
  const size = Math.ceil(files.length / count);
  const jobs: ChunkJob[] = Array.from({ length: count }, (_, i) => ({
    files: files.slice(i * size, (i + 1) * size),
    firstFid: i * size,
    outPrefix: join(options.tempDir, `rows-${i}`),
  }));
  const url = options.workers?.url;
  if (url && count > 1) await Promise.all(jobs.map((job) => runWorker(url, job)));
  else for (const job of jobs) checkChunk(job);
  return jobs.map((job) => job.outPrefix);
}

function readCsvSql(name: string, columns: readonly Column[], prefixes: readonly string[]) {
  const spec = `{${columns.map(([c, type]) => `${lit(c)}: ${lit(type)}`).join(', ')}}`;
  const parts = prefixes.map((p) => lit(tablePath(p, name))).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${name} AS SELECT * FROM read_csv([${parts}],
  columns = ${spec}, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"')`;
}

/** Among valid files, the newest per agent and day (by generatedAt, then file name). */
const KEEP_SQL = `CREATE OR REPLACE TEMP TABLE kept AS SELECT fid FROM (
  SELECT fid, row_number() OVER (PARTITION BY "agentId", "day" ORDER BY "generatedAt" DESC, filename DESC) AS rank
  FROM files WHERE fid NOT IN (SELECT fid FROM refused)
) WHERE rank = 1`;

export async function loadActivities(
  db: Db,
  sources: ActivitySources,
  options: LoadOptions,
): Promise<LoadResult> {
  const files = await listFiles(db, sources);
  const prefixes = await checkAll(files, options);
  const checkers = prefixes.length;
  for (const table of [...ROW_TABLE_LIST, REFUSED_TABLE])
    await db.run(readCsvSql(table.name, table.columns, prefixes));
  await db.run(KEEP_SQL);

  const refused = await db.rows(
    `SELECT filename, reason FROM refused JOIN files USING (fid) ORDER BY filename`,
  );
  const duplicates = await db.rows(
    `SELECT d.filename AS file, k.filename AS kept FROM files d
     JOIN (SELECT f.fid, f."agentId", f."day", f.filename FROM files f JOIN kept USING (fid)) k
       ON d."agentId" = k."agentId" AND d."day" = k."day" AND d.fid <> k.fid
     WHERE d.fid NOT IN (SELECT fid FROM refused) ORDER BY file`,
  );
  return {
    files: files.length,
    valid: files.length - refused.length,
    refused: refused.map((r) => ({ file: String(r.filename), reason: String(r.reason) })),
    duplicates: duplicates.map((r) => ({ file: String(r.file), kept: String(r.kept) })),
    checkers,
  };
}
