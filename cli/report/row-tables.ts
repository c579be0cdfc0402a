import type { ActivityExport } from '../../lib/core/model/activity';
import { CALL_FIELDS, ROW_TABLES, TOP_FIELDS, isNumberKind, type FieldKind } from './fields';

/**
 * The flat tables the report adds up, as the checker writes them (CSV, one file per table and
 * checker) and DuckDB reads them back. Every value but the file name is an id from a narrow
 * character set or a whole number, so only the file name needs quoting.
 */

export type Column = readonly [name: string, type: 'BIGINT' | 'DOUBLE' | 'VARCHAR'];

export interface RowTable {
  /** The DuckDB table. */
  name: string;
  columns: readonly Column[];
  /** The CSV lines of one valid file. */
  lines(fid: number, file: string, activity: ActivityExport): string;
}

const typed = (fields: Readonly<Record<string, FieldKind>>, prefix = ''): Column[] =>
  Object.entries(fields).map(([k, kind]) => [
    `${prefix}${k}`,
    isNumberKind(kind) ? 'DOUBLE' : 'VARCHAR',
  ]);

/** A file name as a CSV field. */
export const csvText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function listTable(list: keyof typeof ROW_TABLES): RowTable {
  const keys = Object.keys(ROW_TABLES[list].fields);
  return {
    name: `t_${list}`,
    columns: [['fid', 'BIGINT'], ...typed(ROW_TABLES[list].fields)],
    lines(fid, _file, activity) {
      let out = '';
      for (const row of activity[list] as unknown as Record<string, string | number>[]) {
        out += fid;
        for (const k of keys) out += `,${row[k]}`;
        out += '\n';
      }
      return out;
    },
  };
}

const topKeys = Object.keys(TOP_FIELDS) as (keyof typeof TOP_FIELDS)[];
const callKeys = Object.keys(CALL_FIELDS) as (keyof typeof CALL_FIELDS)[];

/** One row per file read; a refused file has only its id and name. */
export const FILES_TABLE: RowTable = {
  name: 'files',
  columns: [
    ['fid', 'BIGINT'],
    ['filename', 'VARCHAR'],
    ...typed(TOP_FIELDS),
    ...typed(CALL_FIELDS, 'calls_'),
  ],
  lines(fid, file, activity) {
    let out = `${fid},${csvText(file)}`;
    for (const k of topKeys) out += `,${activity[k] ?? ''}`;
    for (const k of callKeys) out += `,${activity.calls[k]}`;
    return `${out}\n`;
  },
};

export const ROW_TABLE_LIST: readonly RowTable[] = [
  FILES_TABLE,
  ...(Object.keys(ROW_TABLES) as (keyof typeof ROW_TABLES)[]).map(listTable),
  {
    name: 't_outcomes',
    columns: [
      ['fid', 'BIGINT'],
      ['outcome', 'VARCHAR'],
      ['n', 'DOUBLE'],
    ],
    lines(fid, _file, activity) {
      let out = '';
      for (const [outcome, n] of Object.entries(activity.calls.outcomes))
        out += `${fid},${outcome},${n}\n`;
      return out;
    },
  },
];

/** Files refused, with the validator's reason. */
export const REFUSED_TABLE = {
  name: 'refused',
  columns: [
    ['fid', 'BIGINT'],
    ['reason', 'VARCHAR'],
  ] as readonly Column[],
  line: (fid: number, reason: string) => `${fid},${csvText(reason)}\n`,
};
