import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LaipniDb } from '../../../lib/db/database';

let counter = 0;

/** A fresh database on its own fake IndexedDB, so tests never share state. */
export function freshDb(
  factory: IDBFactory = new IDBFactory(),
  name = `laipni-test-${++counter}`,
): LaipniDb {
  return new LaipniDb(name, { indexedDB: factory, IDBKeyRange });
}

export { IDBFactory, IDBKeyRange };
