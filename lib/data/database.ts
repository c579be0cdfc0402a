import Dexie, { type DexieOptions } from 'dexie';
import { declareSchema } from './schema';
import type { DbTables } from './tables';

export { TABLE_NAMES, type TableName } from './tables';

export const DB_NAME = 'laipni';

// Dexie adds a property per table of the schema; the descriptors give them their types.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface LaipniDb extends DbTables {}

/** The extension's database. Opened only in the extension's own origin (background, pages). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LaipniDb extends Dexie {
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}

let shared: LaipniDb | null = null;

/** The one database instance of this extension context. */
export function getDatabase(): LaipniDb {
  shared ??= new LaipniDb();
  return shared;
}
