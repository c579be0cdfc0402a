import browser, { type Runtime } from 'webextension-polyfill';
import { STORE_PORT_NAME } from '../../protocol/sidebar-store-wire';
import { classifySender } from '../../protocol/transport/sender';
import { wrapPort } from '../../protocol/transport/store-port';
import { serveStore, type Authenticate } from '../../protocol/transport/store-server';
import { createTabStore, type TabStoreDeps } from './tab-store';
import { consumeSidebarToken, openSidebarSession, resumeSidebarSession } from './tokens';

/**
 * The sidebar's data and actions, served from the background over a port. The sidebar is an
 * extension page framed by the CRM page, and a browser that blocks third-party storage denies
 * such a frame IndexedDB; the background always has it. Only our own extension pages may
 * connect, and a port serves nothing until it proves with the token our content script handed
 * to that frame which tab it belongs to.
 */
export function startSidebarStore(deps: TabStoreDeps): () => void {
  const identity = { extensionId: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

  const authenticatorFor =
    (sender: Runtime.MessageSender): Authenticate =>
    async (hello) => {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      if (tabId === undefined) return null;
      let binding;
      if (hello.t === 'hello') {
        if (!(await consumeSidebarToken(tabId, hello.token))) return null;
        binding = { tabId, frameId, pageUrl: sender.tab?.url ?? '' };
      } else {
        binding = await resumeSidebarSession(hello.session, { tabId, frameId });
        if (!binding) return null;
      }
      const session = hello.t === 'resume' ? hello.session : await openSidebarSession(binding);
      return {
        welcome: { tabId, pageUrl: binding.pageUrl, session },
        store: createTabStore(deps, binding),
      };
    };

  const onConnect = (port: Runtime.Port) => {
    if (port.name !== STORE_PORT_NAME) return;
    const sender = port.sender ?? {};
    if (classifySender(sender, identity) !== 'extension-page') {
      port.disconnect();
      return;
    }
    serveStore(wrapPort(port), authenticatorFor(sender));
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => browser.runtime.onConnect.removeListener(onConnect);
}
