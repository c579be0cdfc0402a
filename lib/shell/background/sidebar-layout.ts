import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { isSidebarCollapsed, SIDEBAR_COLLAPSED_PREFIX } from '../../calls/db-layout';
import type { LaipniDb } from '../../db/database';
import { getSiteSettings, siteKeyOf, updateSiteSettings } from '../../db/sites';
import { callFrame } from './call-frame';

/** The collapsed sidebar is a narrow strip; its stored width is kept for expanding. */
const COLLAPSED_WIDTH = 44;

export interface SidebarLayout {
  /** The agent opened or closed the sidebar in a tab: the site remembers it. */
  remember(tabUrl: string, open: boolean): Promise<void>;
  stop(): void;
}

/**
 * Per-site sidebar memory. The width is dragged inside the sidebar (an extension page, which
 * writes it to the site settings); the background sends it to every tab of that site, and
 * reopens the sidebar when a page of a site that had it open loads.
 */
export function startSidebarLayout(db: LaipniDb): SidebarLayout {
  const sendLayout = (tabId: number, width: number, open?: boolean) =>
    callFrame(tabId, 0, 'shell:sidebar-layout', { width, ...(open ? { open } : {}) }).catch(
      () => undefined,
    );

  const widths = liveQuery(async () => {
    const [records, collapsed] = await Promise.all([
      db.siteSettings.toArray(),
      db.meta.where('key').startsWith(SIDEBAR_COLLAPSED_PREFIX).toArray(),
    ]);
    const folded = new Set(
      collapsed
        .filter((m) => m.value === '1')
        .map((m) => m.key.slice(SIDEBAR_COLLAPSED_PREFIX.length)),
    );
    return records.map((r) => ({
      site: r.site,
      width: folded.has(r.site) ? COLLAPSED_WIDTH : r.sidebarWidth,
    }));
  }).subscribe({
    next: async (records) => {
      const bySite = new Map(records.map((r) => [r.site, r.width]));
      for (const tab of await browser.tabs.query({})) {
        const width = bySite.get(siteKeyOf(tab.url ?? ''));
        if (tab.id !== undefined && width !== undefined) void sendLayout(tab.id, width);
      }
    },
    error: (error: unknown) => console.error('Laipni: sidebar layout', error),
  });

  const onUpdated = (tabId: number, change: { status?: string }, tab: { url?: string }) => {
    if (change.status !== 'complete' || !tab.url) return;
    const site = siteKeyOf(tab.url);
    void Promise.all([getSiteSettings(db, site), isSidebarCollapsed(db, site)]).then(
      ([settings, collapsed]) => {
        if (settings.sidebarOpen || settings.updatedAt > 0) {
          const width = collapsed ? COLLAPSED_WIDTH : settings.sidebarWidth;
          void sendLayout(tabId, width, settings.sidebarOpen);
        }
      },
    );
  };
  browser.tabs.onUpdated.addListener(onUpdated);

  return {
    async remember(tabUrl, open) {
      const site = siteKeyOf(tabUrl);
      if (site) await updateSiteSettings(db, site, { sidebarOpen: open });
    },
    stop() {
      widths.unsubscribe();
      browser.tabs.onUpdated.removeListener(onUpdated);
    },
  };
}
