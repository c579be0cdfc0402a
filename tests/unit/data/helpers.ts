import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LaipniDb } from '../../../lib/data/database';

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

/**
 * `freshDb` for a test file whose tests open several databases: each is closed after its test.
 * Call it at the file's top level.
 */
export function freshDbsClosedAfterEach(): () => LaipniDb {
  const open: LaipniDb[] = [];
  afterEach(() => open.splice(0).forEach((d) => d.close()));
  return () => {
    const made = freshDb();
    open.push(made);
    return made;
  };
}

export { IDBFactory, IDBKeyRange };
