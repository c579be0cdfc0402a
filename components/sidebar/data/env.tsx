import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { CallStore } from '../../../lib/protocol/sidebar-store';
import type { SidebarPort } from './port';

/** What every part of the sidebar works with: its data, its background and its tab. */
export interface SidebarEnv {
  /** Calls, settings, site settings: in the background's database (see lib/protocol/sidebar-store.ts). */
  store: CallStore;
  /** The tab's page: findings, page values, apply and insert, starting a call. */
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
