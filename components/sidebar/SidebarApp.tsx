import { useEffect, useState } from 'preact/hooks';
import type { EmbeddedConnection } from '../../lib/pages/embedded-store';
import type { Welcome } from '../../lib/protocol/sidebar-store-wire';
import type { RemoteStore } from '../../lib/protocol/transport/store-client';
import { SidebarRoot } from './SidebarRoot';

/**
 * The sidebar shows nothing until the background confirms, over the store port, that our own
 * content script created this frame (the one-time token it handed over by a message); a page
 * that frames sidebar.html itself gets an empty panel.
 */
export function SidebarApp(props: { connection: EmbeddedConnection }) {
  const [bound, setBound] = useState<{ store: RemoteStore; welcome: Welcome } | null>(null);

  useEffect(() => {
    let closed = false;
    let connected: RemoteStore | null = null;
    void props.connection.then((result) => {
      if (!result) return;
      if (closed) return result.store.close();
      connected = result.store;
      setBound(result);
    });
    return () => {
      closed = true;
      connected?.close();
    };
  }, [props.connection]);

  if (!bound) return null;
  return (
    <SidebarRoot tabId={bound.welcome.tabId} pageUrl={bound.welcome.pageUrl} store={bound.store} />
  );
}
