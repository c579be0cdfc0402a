import { ACTIVITY_LIMITS } from '../../lib/core/report/activity';
import { lit } from './duckdb';
import {
  CALL_FIELDS,
  ROW_TABLES,
  TOP_FIELDS,
  isNumberKind,
  maxOf,
  type FieldKind,
  type RowTable,
  type ValueKind,
} from './fields';

/**
 * The SQL that reads activity files straight from disk and checks them at scale. DuckDB parses
 * each file once into typed columns; three cheap counts then stand in for what a typed parse
 * cannot see:
 *
 * - Quotes. In a valid file no string holds a `"` (every string is an id, date or version), so
 *   the file has exactly 2 × (keys + string values) quotes, both known from the parsed rows. An
 *   unknown field, a repeated key or a count written as "3" adds quotes. (A value written bare
 *   where a string belongs takes two away; such values are caught by the value check instead.)
 * - Booleans and trailing commas, which DuckDB's parser accepts and JSON does not.
 * - Missing fields and wrong shapes come back as NULL.
 *
 * Strings are then checked per distinct value with the format's own schemas (see load.ts).
 */

export const SQL_REASONS = {
  'too-large': `larger than ${ACTIVITY_LIMITS.maxFileBytes / 1024 / 1024} MB`,
  'not-text': 'not UTF-8 text',
  'not-json': 'not JSON',
  fields: 'a field is missing, unknown, repeated or of the wrong type',
  counts: 'a count or duration is not a whole number within its bounds',
  rows: 'too many rows in a list',
  'duplicate-row': 'a row appears twice in a list',
  value: 'an id, date or version is not in its format',
} as const;

export type SqlReason = keyof typeof SQL_REASONS;

const q = (name: string) => `"${name}"`;
const fieldsOf = (fields: Readonly<Record<string, FieldKind>>) =>
  Object.entries(fields) as [string, FieldKind][];
const sqlType = (kind: FieldKind) => (isNumberKind(kind) ? 'DOUBLE' : 'VARCHAR');

function structSpec(): string {
  const record = (fields: Readonly<Record<string, FieldKind>>) =>
    Object.fromEntries(Object.entries(fields).map(([k, kind]) => [k, sqlType(kind)]));
  return JSON.stringify({
    ...record(TOP_FIELDS),
    ...Object.fromEntries(
      Object.entries(ROW_TABLES).map(([name, t]) => [name, [record(t.fields)]]),
    ),
    calls: { ...record(CALL_FIELDS), outcomes: 'MAP(VARCHAR, DOUBLE)' },
  });
}

/** A bare boolean, or a comma before `}` or `]`: JSON.parse refuses both, DuckDB does not. */
const ODD = String.raw`,[ \t\n\r]*[}\]]|[:,\[][ \t\n\r]*(?:true|false)`;

/**
 * Step 1: one row per file, parsed, with its quote count. The fast form reads files as text and
 * parses without guards; DuckDB stops it at the first file that is not UTF-8 or not JSON, and
 * then the careful form runs, which tests each file first (NULL for those that fail).
 */
export function readSql(patterns: readonly string[], careful: boolean): string {
  const sources = `[${patterns.map(lit).join(', ')}]`;
  const max = ACTIVITY_LIMITS.maxFileBytes;
  const text = careful
    ? `SELECT filename, size, CASE WHEN size <= ${max} THEN try(decode(content)) END AS txt
  FROM read_blob(${sources})`
    : `SELECT filename, size, CASE WHEN size <= ${max} THEN content END AS txt
  FROM read_text(${sources})`;
  const parse = careful
    ? `CASE WHEN txt IS NOT NULL AND json_valid(txt) THEN from_json(txt, ${lit(structSpec())}) END`
    : `from_json(txt, ${lit(structSpec())})`;
  return `CREATE OR REPLACE TEMP TABLE docs AS
SELECT filename, size, ${parse} AS doc,
  len(str_split(txt, '"')) - 1 AS quotes,
  regexp_matches(txt, ${lit(ODD)}) AS odd
FROM (${text})`;
}

const callCol = (k: string) => `calls_${k}`;

/** Step 2: the per-file table and one flat table per list; the nested rows are dropped. */
export function flattenSql(): string[] {
  const top = Object.keys(TOP_FIELDS).map((k) => `doc.${q(k)} AS ${q(k)}`);
  const calls = Object.keys(CALL_FIELDS).map((k) => `doc.calls.${q(k)} AS ${callCol(k)}`);
  const lengths = Object.keys(ROW_TABLES).map((t) => `len(doc.${q(t)}) AS n_${t}`);
  const lists = Object.entries(ROW_TABLES).map(
    ([name, t]) =>
      `CREATE TEMP TABLE t_${name} AS SELECT fid, ${Object.keys(t.fields).map(q).join(', ')}
FROM (SELECT rowid AS fid, unnest(doc.${q(name)}, recursive := true) FROM docs)`,
  );
  return [
    `CREATE TEMP TABLE files AS
SELECT rowid AS fid, filename, size, quotes, odd, doc IS NULL AS unparsed,
  ${[...top, ...calls, ...lengths].join(',\n  ')},
  cardinality(doc.calls.outcomes) AS n_outcomes
FROM docs`,
    ...lists,
    `CREATE TEMP TABLE t_outcomes AS SELECT fid, "key" AS outcome, "value" AS n
FROM (SELECT rowid AS fid, unnest(map_entries(doc.calls.outcomes), recursive := true) FROM docs)`,
    'DROP TABLE docs',
    'CREATE TEMP TABLE refused (fid BIGINT, reason VARCHAR)',
  ];
}

const whole = (col: string, kind: 'count' | 'duration') =>
  `(${col} IS NOT NULL AND ${col} >= 0 AND ${col} <= ${maxOf(kind)} AND ${col} = trunc(${col}))`;

/** Keys and string values per row of each list (for the quote count). */
function perRow(table: RowTable): { keys: number; strings: number } {
  const kinds = Object.values(ROW_TABLES[table].fields) as FieldKind[];
  return { keys: kinds.length, strings: kinds.filter((k) => !isNumberKind(k)).length };
}

function expectedQuotes(): string {
  const topKeys = Object.keys(TOP_FIELDS).length - 1 + 5; // without team; + packs…calls
  const topStrings = Object.keys(TOP_FIELDS).length - 1;
  const calls = Object.keys(CALL_FIELDS).length + 1; // + outcomes
  const team = '(CASE WHEN team IS NULL THEN 0 ELSE 2 END)';
  const rows = (Object.keys(ROW_TABLES) as RowTable[]).map((t) => {
    const r = perRow(t);
    return `${r.keys + r.strings} * n_${t}`;
  });
  return `2 * (${topKeys + topStrings + calls} + ${team} + ${rows.join(' + ')} + n_outcomes)`;
}

/** Step 3: every structural refusal, as (file, reason) rows. */
export function structureChecksSql(): string[] {
  const required = [
    ...Object.keys(TOP_FIELDS)
      .filter((k) => k !== 'team')
      .map(q),
    ...Object.keys(CALL_FIELDS).map(callCol),
    ...Object.keys(ROW_TABLES).map((t) => `n_${t}`),
    'n_outcomes',
  ];
  const callCounts = Object.entries(CALL_FIELDS).map(([k, kind]) => whole(callCol(k), kind));
  const tooMany = Object.entries(ROW_TABLES).map(([t, s]) => `n_${t} > ${s.max}`);
  const rowChecks = Object.entries(ROW_TABLES).map(([name, t]) => {
    const fine = Object.entries(t.fields).map(([k, kind]) =>
      isNumberKind(kind) ? whole(q(k), kind) : `${q(k)} IS NOT NULL`,
    );
    return `INSERT INTO refused SELECT DISTINCT fid, 'fields' FROM t_${name} WHERE NOT (${fine.join(' AND ')})`;
  });
  const duplicates = [
    ...Object.entries(ROW_TABLES).map(
      ([name, t]) =>
        `SELECT fid FROM t_${name} GROUP BY fid, ${t.key.map(q).join(', ')} HAVING count(*) > 1`,
    ),
    'SELECT fid FROM t_outcomes GROUP BY fid, outcome HAVING count(*) > 1',
  ];
  return [
    `INSERT INTO refused SELECT fid, CASE WHEN size > ${ACTIVITY_LIMITS.maxFileBytes} THEN 'too-large'
  WHEN quotes IS NULL THEN 'not-text' ELSE 'not-json' END FROM files WHERE unparsed`,
    `INSERT INTO refused SELECT fid, 'fields' FROM files WHERE NOT unparsed AND (
  ${required.map((c) => `${c} IS NULL`).join(' OR ')} OR odd OR quotes <> ${expectedQuotes()})`,
    `INSERT INTO refused SELECT fid, 'counts' FROM files WHERE NOT unparsed AND NOT (${callCounts.join(' AND ')})`,
    `INSERT INTO refused SELECT fid, 'rows' FROM files WHERE ${[...tooMany, `n_outcomes > ${ACTIVITY_LIMITS.maxOutcomes}`].join(' OR ')}`,
    ...rowChecks,
    `INSERT INTO refused SELECT fid, 'counts' FROM t_outcomes WHERE NOT ${whole('n', 'count')}`,
    `INSERT INTO refused SELECT DISTINCT fid, 'duplicate-row' FROM (${duplicates.join(' UNION ALL ')})`,
  ];
}

/** Where each string field's distinct values are read, and which schema checks them. */
export const VALUE_COLUMNS: readonly { table: string; column: string; kind: ValueKind }[] = [
  ...fieldsOf(TOP_FIELDS).map(([column, kind]) => ({ table: 'files', column, kind })),
  ...Object.entries(ROW_TABLES).flatMap(([name, t]) =>
    fieldsOf(t.fields).map(([column, kind]) => ({ table: `t_${name}`, column, kind })),
  ),
  { table: 't_outcomes', column: 'outcome', kind: 'outcomeId' as FieldKind },
].flatMap(({ table, column, kind }) => (isNumberKind(kind) ? [] : [{ table, column, kind }]));

export function distinctValuesSql(table: string, column: string): string {
  return `SELECT DISTINCT ${q(column)} AS v FROM ${table} WHERE ${q(column)} IS NOT NULL`;
}

/** Files holding a value listed in `values(tag, v)` under that column's tag. */
export function filesWithValuesSql(valuesTable: string): string {
  return VALUE_COLUMNS.map(
    ({ table, column }) =>
      `SELECT fid FROM ${table} WHERE ${q(column)} IN (SELECT v FROM ${valuesTable} WHERE tag = ${lit(`${table}.${column}`)})`,
  ).join(' UNION ');
}
