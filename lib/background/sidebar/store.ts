import browser, { type Runtime } from 'webextension-polyfill';
import { STORE_PORT_NAME } from '../../protocol/sidebar-store-wire';
import { classifySender } from '../../protocol/transport/sender';
import { wrapPort } from '../../protocol/transport/store-port';
import { serveStore, type Authenticate } from '../../protocol/transport/store-server';
import { createTabStore, type SidebarBinding, type TabStoreDeps } from './tab-store';

/** Which of our pages connected: the sidebar or a card (from the document's own URL). */
function kindOf(url: string | undefined): EmbedKind | null {
  const path = url ? new URL(url).pathname : '';
  if (path === '/sidebar.html') return 'sidebar';
  if (path === '/card.html') return 'card';
  return null;
}
import { isPanelSender, notePanel, panelBinding } from './panel';
import { consumeEmbedToken, openSession, resumeSession } from './tokens';
import type { EmbedKind } from '../../protocol/frame-messages';

/**
 * The data and actions of our frames in CRM pages (the sidebar, the cards), served from the
 * background over a port. Such a frame is an extension page framed by the CRM page, and a
 * browser that blocks third-party storage denies it IndexedDB; the background always has it.
 * Only our own extension pages may connect, and a port serves nothing until it proves with the
 * token our content script handed to that frame which tab (and frame) it belongs to. The
 * browser's side panel (panel.ts) serves the active tab of its window instead.
 */
export function startSidebarStore(deps: TabStoreDeps): () => void {
  const identity = { extensionId: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

  const authenticatorFor =
    (sender: Runtime.MessageSender, port: Runtime.Port): Authenticate =>
    async (hello) => {
      if (hello.t === 'panel') {
        // The browser's side panel serves its window's active tab; it needs no token, since
        // only the agent (or this extension) can open it.
        const panel = isPanelSender(sender, identity.baseUrl)
          ? await panelBinding(hello.windowId)
          : null;
        if (!panel) return null;
        notePanel(hello.windowId, (listener) => port.onDisconnect.addListener(listener));
        return {
          welcome: { tabId: panel.tabId, pageUrl: panel.pageUrl, session: '' },
          store: createTabStore(deps, panel),
        };
      }
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      const kind = kindOf(sender.url);
      if (tabId === undefined || !kind) return null;
      let binding: SidebarBinding | null;
      if (hello.t === 'hello') {
        const owner = await consumeEmbedToken(hello.token, tabId, kind);
        if (!owner) return null;
        binding = {
          kind,
          tabId,
          frameId,
          ownerFrameId: owner.frameId,
          pageUrl: sender.tab?.url ?? '',
        };
      } else {
        binding = await resumeSession(hello.session, { tabId, frameId });
        if (!binding || binding.kind !== kind) return null;
      }
      const session = hello.t === 'resume' ? hello.session : await openSession(binding);
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
    serveStore(wrapPort(port), authenticatorFor(sender, port));
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => browser.runtime.onConnect.removeListener(onConnect);
}
