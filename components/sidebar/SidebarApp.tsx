import { useEffect, useState } from 'preact/hooks';
import type { Welcome } from '../../lib/protocol/sidebar-store-wire';
import { remoteStore, type RemoteStore } from '../../lib/protocol/transport/store-client';
import { connectStorePort } from '../../lib/protocol/transport/store-port';
import { SidebarRoot } from './SidebarRoot';

function tokenFromLocation(): string {
  return new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
}

/**
 * The sidebar shows nothing until the background confirms, over the store port, that our own
 * content script created this frame (a one-time token); a page that frames sidebar.html itself
 * gets an empty panel.
 */
export function SidebarApp() {
  const [bound, setBound] = useState<{ store: RemoteStore; welcome: Welcome } | null>(null);

  useEffect(() => {
    const token = tokenFromLocation();
    history.replaceState(null, '', location.pathname);
    const store = remoteStore(connectStorePort, token);
    void store.welcome.then((welcome) => {
      if (welcome) setBound({ store, welcome });
      else store.close();
    });
    return () => store.close();
  }, []);

  if (!bound) return null;
  return (
    <SidebarRoot tabId={bound.welcome.tabId} pageUrl={bound.welcome.pageUrl} store={bound.store} />
  );
}
