import { browser } from 'wxt/browser';
import type { SenderInfo } from '../../protocol/transport/sender';
import type { SidebarBinding } from './tab-store';

/** The side panel's page: Chrome's `side_panel`, Firefox's `sidebar_action` (not web-accessible). */
export const PANEL_PAGE = 'sidepanel.html';
/** The side panel is no frame of the tab it serves. */
const NO_FRAME = -1;

/** Connected side panels per window (a panel reconnects on a tab switch, so briefly two). */
const panels = new Map<number, number>();

/** A side panel of `windowId` connected; it counts as open until `port` disconnects. */
export function notePanel(windowId: number, onDisconnect: (listener: () => void) => void): void {
  panels.set(windowId, (panels.get(windowId) ?? 0) + 1);
  onDisconnect(() => {
    const left = (panels.get(windowId) ?? 1) - 1;
    if (left > 0) panels.set(windowId, left);
    else panels.delete(windowId);
  });
}

/** Whether the side panel of `windowId` is open (its page is connected). */
export function panelOpenIn(windowId: number | undefined): boolean {
  return windowId !== undefined && panels.has(windowId);
}

/**
 * Whether the sender is our side panel page: in the browser's side panel (no tab), or opened
 * as a tab's own page by the agent. A CRM page can do neither: the page is not web-accessible,
 * so no site can frame it or navigate to it, and a content script's URL is the page's.
 */
export function isPanelSender(sender: SenderInfo, baseUrl: string): boolean {
  const page = `${baseUrl}${PANEL_PAGE}`;
  const own = (url: string | undefined) => url === page || url?.startsWith(`${page}?`) === true;
  if (!own(sender.url)) return false;
  if (!sender.tab) return true;
  return (sender.frameId ?? 0) === 0 && own(sender.tab.url);
}

/** The tab the side panel of `windowId` serves: that window's active tab, if it shows a page. */
export async function panelBinding(windowId: number): Promise<SidebarBinding | null> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  if (tab?.id === undefined || !tab.url || !/^(https?|file):/.test(tab.url)) return null;
  return { kind: 'sidebar', tabId: tab.id, frameId: NO_FRAME, ownerFrameId: 0, pageUrl: tab.url };
}
