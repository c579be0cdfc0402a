import { browser } from 'wxt/browser';
import { remoteStore, type RemoteStore } from '../protocol/transport/store-client';
import { connectStorePort } from '../protocol/transport/store-port';
import type { EmbeddedConnection } from './embedded-store';

/**
 * The side panel's store for the active tab of its window, connected again whenever the
 * agent switches tabs there or that tab goes to another page. `show` gets each connection
 * (null when the background refuses, e.g. the active tab shows no web page) and a key that
 * changes with it. The background decides which tab that is (sidebar/panel.ts); the panel
 * only says which window it is in.
 */
export function followActiveTab(
  win: Window,
  show: (connection: EmbeddedConnection, key: number) => void,
): void {
  let current: RemoteStore | null = null;
  let key = 0;
  let windowId: number | undefined;

  const connect = () => {
    if (windowId === undefined) return;
    current?.close();
    const store = remoteStore(connectStorePort, { t: 'panel', windowId });
    current = store;
    key += 1;
    show(
      store.welcome.then((welcome) => (welcome ? { store, welcome } : null)),
      key,
    );
  };

  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) connect();
  });
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.url && tab.active && tab.windowId === windowId) connect();
  });
  win.addEventListener('pagehide', () => current?.close());
  void browser.windows.getCurrent().then((window) => {
    windowId = window.id;
    connect();
  });
}
