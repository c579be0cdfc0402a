import browser, { type Runtime } from 'webextension-polyfill';
import { localStore } from '../../data/sidebar-store';
import { wrapPort } from '../../protocol/transport/store-port';
import { STORE_PORT_NAME } from '../../protocol/sidebar-store-wire';
import { serveStore } from '../../protocol/transport/store-server';
import type { LaipniDb } from '../../data/database';
import { classifySender } from '../../protocol/transport/sender';
import type { RuleSetService } from '../rule-set';

/**
 * The sidebar's data, served from the background. The sidebar is an extension page framed by
 * the CRM page, and a browser that blocks third-party storage denies such a frame IndexedDB;
 * the background always has it. Only our own extension pages may connect.
 */
export function startSidebarStore(db: LaipniDb, rules: RuleSetService): () => void {
  const store = localStore(db, async () => (await rules.current()).pack.checklists ?? {});
  const identity = { extensionId: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== STORE_PORT_NAME) return;
    if (classifySender(port.sender ?? {}, identity) !== 'extension-page') {
      port.disconnect();
      return;
    }
    serveStore(wrapPort(port), store);
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => browser.runtime.onConnect.removeListener(onConnect);
}
