import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { LaipniDb } from '../../data/database';
import {
  DEFAULT_SIDEBAR_WIDTH,
  getSiteSettingsAndPolicy,
  updateSiteSettings,
} from '../../data/sites';
import { siteKeyOf } from '../../core/model/site';
import { callFrame } from '../frames/call-frame';
import { siteOn } from '../tabs/site-switch';
import { callSidebarHost } from './call-host';
import type { SidebarModeService } from './mode';

/** The collapsed sidebar is a narrow strip; its stored width is kept for expanding. */
const COLLAPSED_WIDTH = 44;

export interface SidebarLayout {
  /** The agent opened or closed the sidebar in a tab: the site remembers it. */
  remember(tabUrl: string, open: boolean): Promise<void>;
  /**
   * The sidebar's width for the site of `tabUrl` (narrow when the agent collapsed it); the
   * default width if the database cannot say, so the sidebar still opens.
   */
  widthFor(tabUrl: string): Promise<number>;
  stop(): void;
}

/**
 * Per-site sidebar memory. The width is dragged inside the sidebar (an extension page, which
 * writes it to the site settings); the background sends it to every tab of that site, and
 * reopens the sidebar when a page of a site that had it open loads.
 */
export function startSidebarLayout(db: LaipniDb, mode: SidebarModeService): SidebarLayout {
  // A tab whose sidebar was never asked for has no sidebar host: it reads the width when it
  // opens (`widthFor`, with its token), so a new width is sent only to the hosts there are.
  const sendWidth = (tabId: number, width: number) =>
    callFrame(tabId, 0, 'endpoint:sidebar-layout', { width }).catch(() => undefined);

  /** The site's sidebar: open by itself (remembered or by policy, and Laipni on there), width. */
  async function siteLayout(tabUrl: string): Promise<{ open: boolean; width: number }> {
    const { settings, policy } = await getSiteSettingsAndPolicy(db, siteKeyOf(tabUrl));
    return {
      open: settings.sidebarOpen && siteOn(settings, policy),
      width: settings.sidebarCollapsed ? COLLAPSED_WIDTH : settings.sidebarWidth,
    };
  }

  async function widthFor(tabUrl: string): Promise<number> {
    try {
      return (await siteLayout(tabUrl)).width;
    } catch (error) {
      console.error('Laipni: sidebar width', error);
      return DEFAULT_SIDEBAR_WIDTH;
    }
  }

  const widths = liveQuery(async () =>
    (await db.siteSettings.toArray()).map((r) => ({
      site: r.site,
      width: r.sidebarCollapsed ? COLLAPSED_WIDTH : r.sidebarWidth,
    })),
  ).subscribe({
    next: async (records) => {
      const bySite = new Map(records.map((r) => [r.site, r.width]));
      for (const tab of await browser.tabs.query({})) {
        const width = bySite.get(siteKeyOf(tab.url ?? ''));
        if (tab.id !== undefined && width !== undefined) void sendWidth(tab.id, width);
      }
    },
    error: (error: unknown) => console.error('Laipni: sidebar layout', error),
  });

  // A page of a site that had the sidebar open (or where company policy opens it by default)
  // opens it again, unless Laipni is switched off there.
  async function reopen(tabId: number, tabUrl: string): Promise<void> {
    // In side-panel mode the browser's panel is the sidebar; none opens in the page.
    if ((mode.current() ?? (await mode.ready())) === 'side-panel') return;
    if (!/^https?:/i.test(tabUrl)) return; // the sidebar lives in web pages only
    const { open, width } = await siteLayout(tabUrl);
    if (!open) return;
    await callSidebarHost(tabId, 'endpoint:sidebar-layout', { width, open: true }).catch(
      () => undefined,
    );
  }

  const onUpdated = (tabId: number, change: { status?: string }, tab: { url?: string }) => {
    if (change.status !== 'complete' || !tab.url) return;
    reopen(tabId, tab.url).catch((error: unknown) =>
      console.error('Laipni: sidebar layout', error),
    );
  };
  browser.tabs.onUpdated.addListener(onUpdated);

  return {
    async remember(tabUrl, open) {
      const site = siteKeyOf(tabUrl);
      if (site) await updateSiteSettings(db, site, { sidebarOpen: open });
    },
    widthFor,
    stop() {
      widths.unsubscribe();
      browser.tabs.onUpdated.removeListener(onUpdated);
    },
  };
}
