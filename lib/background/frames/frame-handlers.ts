import { browser } from 'wxt/browser';
import { isEnvelope, type ToBackground } from '../../protocol/frame-messages';
import { injectPageEngine } from './inject-engine';
import { classifySender, type SenderInfo } from '../../protocol/transport/sender';
import { consumeSidebarToken, issueSidebarToken } from '../sidebar/tokens';
import type { SidebarLayout } from '../sidebar/layout';
import { toggleSidebarInTab } from '../sidebar/toggle';

type Handler<Name extends keyof ToBackground> = (
  payload: ToBackground[Name]['request'],
  sender: SenderInfo,
) => Promise<ToBackground[Name]['response']>;

type Handlers = { [Name in keyof ToBackground]: Handler<Name> };

/** Who may send each shell message; everything else is dropped unanswered. */
const contentOnly = new Set<keyof ToBackground>([
  'shell:load-engine',
  'shell:sidebar-state',
  'shell:toggle-sidebar',
  'shell:sidebar-token',
]);

function createHandlers(layout: SidebarLayout): Handlers {
  return {
    'shell:load-engine': async (_payload, sender) =>
      injectPageEngine(sender.tab?.id ?? -1, sender.frameId ?? 0),
    'shell:toggle-sidebar': async (_payload, sender) => {
      if (sender.tab?.id !== undefined) await toggleSidebarInTab(sender.tab.id, 'keyboard');
    },
    'shell:sidebar-token': async (_payload, sender) => ({
      token: await issueSidebarToken(sender.tab?.id ?? -1),
      width: await layout.widthFor(sender.tab?.url ?? ''),
    }),
    'shell:sidebar-state': async ({ open }, sender) => {
      if (sender.tab?.url && typeof open === 'boolean') await layout.remember(sender.tab.url, open);
    },
    'shell:sidebar-verify': async ({ token }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || typeof token !== 'string') return { ok: false };
      const ok = await consumeSidebarToken(tabId, token);
      return ok ? { ok, tabId, pageUrl: sender.tab?.url } : { ok: false };
    },
  };
}

/** Routes shell messages after checking who sent them. */
export function startShellRouter(layout: SidebarLayout): void {
  const handlers = createHandlers(layout);
  const isShellMessage = (name: string): name is keyof ToBackground =>
    Object.hasOwn(handlers, name);
  const identity = { extensionId: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => {
    if (!isEnvelope(message) || !isShellMessage(message.name)) return undefined;
    const name = message.name;
    const role = classifySender(sender, identity);
    const allowed = contentOnly.has(name) ? role === 'content-script' : role === 'extension-page';
    if (!allowed) return undefined;
    const handler = handlers[name] as Handler<typeof name>;
    return handler(message.payload as never, sender);
  });
}
