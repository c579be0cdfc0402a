import { TABLE_NAMES, type LaipniDb, type TableName } from './database';

export type DatabaseDump = Record<TableName, unknown[]>;

/**
 * Every record of every table in primary-key order, read in one transaction. Tests compare dumps
 * to prove a refused import or restore changed nothing; backups start from one.
 */
export async function dumpDatabase(db: LaipniDb): Promise<DatabaseDump> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as DatabaseDump;
  });
}
