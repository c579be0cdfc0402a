import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { LaipniDb } from '../../../lib/db/database';
import type { SidebarPort } from './port';

/** What every part of the sidebar works with: its database, its background and its tab. */
export interface SidebarEnv {
  db: LaipniDb;
  port: SidebarPort;
  tabId: number;
  /** Site key of the tab's page (host name), for the site switch and the width. */
  site: string;
}

const EnvContext = createContext<SidebarEnv | null>(null);

export function EnvProvider(props: { env: SidebarEnv; children: ComponentChildren }) {
  return <EnvContext.Provider value={props.env}>{props.children}</EnvContext.Provider>;
}

export function useEnv(): SidebarEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('useEnv outside EnvProvider');
  return env;
}
