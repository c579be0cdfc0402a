import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { getDatabase, type LaipniDb } from '../../../lib/data/database';

/**
 * The database the options page works on. The page uses the extension's one database; tests
 * give each render its own fake-indexeddb database through the provider.
 */
const DbContext = createContext<LaipniDb | null>(null);

export function DbProvider(props: { db: LaipniDb; children: ComponentChildren }) {
  return <DbContext.Provider value={props.db}>{props.children}</DbContext.Provider>;
}

export function useDb(): LaipniDb {
  return useContext(DbContext) ?? getDatabase();
}
