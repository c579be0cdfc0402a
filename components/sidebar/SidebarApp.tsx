import { useEffect, useState } from 'preact/hooks';
import type { EmbeddedConnection } from '../../lib/pages/embedded-store';
import type { Welcome } from '../../lib/protocol/sidebar-store-wire';
import type { RemoteStore } from '../../lib/protocol/transport/store-client';
import type { SidebarHost } from './data/env';
import { SidebarRoot } from './SidebarRoot';

/**
 * The sidebar shows nothing until the background confirms, over the store port, that our own
 * content script created this frame (the one-time token it handed over by a message); a page
 * that frames sidebar.html itself gets an empty panel.
 */
export function SidebarApp(props: { connection: EmbeddedConnection; host?: SidebarHost }) {
  const [bound, setBound] = useState<{ store: RemoteStore; welcome: Welcome } | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let closed = false;
    let connected: RemoteStore | null = null;
    void props.connection.then((result) => {
      if (!result) return setRefused(true);
      if (closed) return result.store.close();
      connected = result.store;
      setBound(result);
    });
    return () => {
      closed = true;
      connected?.close();
    };
  }, [props.connection]);

  // The side panel of a window whose active tab shows no web page (a new tab, settings): it
  // cannot know the agent's language yet, so it says so in both.
  if (!bound && refused && props.host === 'panel')
    return (
      <p class="notice" data-laipni="panel-no-page">
        <span lang="lv">Atveriet cilni ar CRM lapu.</span>{' '}
        <span lang="en">Open a tab with a CRM page.</span>
      </p>
    );
  if (!bound) return null;
  return (
    <SidebarRoot
      tabId={bound.welcome.tabId}
      pageUrl={bound.welcome.pageUrl}
      store={bound.store}
      host={props.host}
    />
  );
}
