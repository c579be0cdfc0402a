import { toggleSidebarInTab } from './toggle-sidebar';

/**
 * End-to-end tests cannot click the toolbar button of a headless browser, so they call the
 * same handler through the service worker (DECISIONS.md). Only the handler itself is exposed.
 */
export function exposeTestHooks(): void {
  (globalThis as unknown as { laipniToolbar: unknown }).laipniToolbar = {
    click: (tabId: number) => toggleSidebarInTab(tabId, 'toolbar'),
  };
}
