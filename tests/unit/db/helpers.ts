import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LaipniDb } from '../../../lib/db/database';

// Dexie's liveQuery runs only when it sees a global IndexedDB (Node has none); each test still
// gets its own factory below.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

let counter = 0;

/** A fresh database on its own fake IndexedDB, so tests never share state. */
export function freshDb(
  factory: IDBFactory = new IDBFactory(),
  name = `laipni-test-${++counter}`,
): LaipniDb {
  return new LaipniDb(name, { indexedDB: factory, IDBKeyRange });
}

export { IDBFactory, IDBKeyRange };
