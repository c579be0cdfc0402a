import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { SidebarStore } from '../../../lib/protocol/sidebar-store';

/** What every part of the sidebar works with: its store (bound to its tab) and its tab. */
export interface SidebarEnv {
  /** Everything the sidebar reads and does, in the background (lib/protocol/sidebar-store.ts). */
  store: SidebarStore;
  tabId: number;
  /** Site key of the tab's page (host name), for the site switch and the width. */
  site: string;
  /**
   * Where the sidebar is shown: a frame docked in the page (it can be resized and folded), or
   * the browser's side panel, which the browser sizes and closes.
   */
  host: SidebarHost;
}

export type SidebarHost = 'page' | 'panel';

const EnvContext = createContext<SidebarEnv | null>(null);

export function EnvProvider(props: { env: SidebarEnv; children: ComponentChildren }) {
  return <EnvContext.Provider value={props.env}>{props.children}</EnvContext.Provider>;
}

export function useEnv(): SidebarEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('useEnv outside EnvProvider');
  return env;
}
