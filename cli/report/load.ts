import * as v from 'valibot';
import { ACTIVITY_VALUE_SCHEMAS, parseActivity } from '../../lib/core/report/activity';
import { lit, type Db } from './duckdb';
import { firstProblem } from './explain';
import {
  SQL_REASONS,
  VALUE_COLUMNS,
  distinctValuesSql,
  filesWithValuesSql,
  flattenSql,
  readSql,
  structureChecksSql,
  type SqlReason,
} from './load-sql';

/**
 * Reads every activity file into DuckDB and keeps exactly the files `parseActivity` accepts:
 * structure and numbers are checked in SQL (load-sql.ts), every distinct string value with the
 * format's own schema. A value that a bare JSON literal could also have produced (`123`, `true`)
 * leaves the file in doubt; the few such files are read and checked with `parseActivity` itself.
 * One difference remains, on the safe side: a key repeated inside an object is refused here
 * (JSON.parse would keep the last one).
 */

export interface Refusal {
  file: string;
  /** Why, in a few words (from SQL, or the validator's first problem). */
  reason: string;
}

export interface LoadResult {
  files: number;
  valid: number;
  refused: Refusal[];
  /** Files for the same agent and day as a newer one (only the newest counts). */
  duplicates: { file: string; kept: string }[];
}

export interface LoadOptions {
  /** Reads a file's text, for the files the SQL checks leave in doubt. */
  readText(file: string): Promise<string>;
}

/** What a bare JSON number, boolean, NaN or Infinity reads as where a string was expected. */
const BARE_LITERAL = /^(?:-?[0-9][0-9.eE+-]*|true|false|-?nan|-?inf(?:inity)?)$/i;

async function checkValues(db: Db): Promise<void> {
  await db.run('CREATE TEMP TABLE bad_values (tag VARCHAR, v VARCHAR)');
  await db.run('CREATE TEMP TABLE doubtful_values (tag VARCHAR, v VARCHAR)');
  for (const { table, column, kind } of VALUE_COLUMNS) {
    const schema = ACTIVITY_VALUE_SCHEMAS[kind];
    const bad: string[] = [];
    const doubtful: string[] = [];
    for (const row of await db.rows(distinctValuesSql(table, column))) {
      const value = String(row.v);
      if (!v.is(schema, value)) bad.push(value);
      else if (BARE_LITERAL.test(value)) doubtful.push(value);
    }
    await db.insertTagged('bad_values', `${table}.${column}`, bad);
    await db.insertTagged('doubtful_values', `${table}.${column}`, doubtful);
  }
  await db.run(
    `INSERT INTO refused SELECT DISTINCT fid, 'value' FROM (${filesWithValuesSql('bad_values')})`,
  );
}

/** Settles the doubtful files with the validator itself. */
async function settleDoubts(db: Db, options: LoadOptions): Promise<void> {
  const doubtful = await db.rows(
    `SELECT fid, filename FROM files WHERE fid IN (${filesWithValuesSql('doubtful_values')})
     AND fid NOT IN (SELECT fid FROM refused)`,
  );
  for (const { fid, filename } of doubtful) {
    let reason: string | null;
    try {
      reason = firstProblem(parseActivity(await options.readText(String(filename))));
    } catch (error) {
      reason = `cannot read: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (reason !== null)
      await db.run(`INSERT INTO refused VALUES (${Number(fid)}, ${lit(reason)})`);
  }
}

/** Among valid files, the newest per agent and day (by generatedAt, then file name). */
const KEEP_SQL = `CREATE TEMP TABLE kept AS SELECT fid FROM (
  SELECT fid, row_number() OVER (PARTITION BY "agentId", "day" ORDER BY "generatedAt" DESC, filename DESC) AS rank
  FROM files WHERE fid NOT IN (SELECT fid FROM refused)
) WHERE rank = 1`;

export async function loadActivities(
  db: Db,
  patterns: readonly string[],
  options: LoadOptions,
): Promise<LoadResult> {
  try {
    await db.run(readSql(patterns, false));
  } catch {
    await db.run(readSql(patterns, true));
  }
  for (const sql of flattenSql()) await db.run(sql);
  for (const sql of structureChecksSql()) await db.run(sql);
  await checkValues(db);
  await settleDoubts(db, options);
  await db.run(KEEP_SQL);

  const [counts] = await db.rows(
    `SELECT count(*) AS files, count(*) FILTER (WHERE fid NOT IN (SELECT fid FROM refused)) AS valid FROM files`,
  );
  const refused = await db.rows(
    `SELECT filename, min(reason) AS reason FROM refused JOIN files USING (fid) GROUP BY filename ORDER BY filename`,
  );
  const duplicates = await db.rows(
    `SELECT d.filename AS file, k.filename AS kept FROM files d
     JOIN (SELECT f.fid, f."agentId", f."day", f.filename FROM files f JOIN kept USING (fid)) k
       ON d."agentId" = k."agentId" AND d."day" = k."day" AND d.fid <> k.fid
     WHERE d.fid NOT IN (SELECT fid FROM refused) ORDER BY file`,
  );
  return {
    files: Number(counts?.files ?? 0),
    valid: Number(counts?.valid ?? 0),
    refused: refused.map((r) => ({
      file: String(r.filename),
      reason: SQL_REASONS[String(r.reason) as SqlReason] ?? String(r.reason),
    })),
    duplicates: duplicates.map((r) => ({ file: String(r.file), kept: String(r.kept) })),
  };
}
