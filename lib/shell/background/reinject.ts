import { browser } from 'wxt/browser';

/** Built by WXT from entrypoints/content.ts. */
const BOOTSTRAP_FILE = '/content-scripts/content.js';

/**
 * After an install or update, open CRM tabs still hold the old version's orphaned scripts
 * (they notice their context is gone and remove their UI). Inject the new bootstrap so the
 * agent does not have to reload the CRM.
 */
export function startReinjectOnUpdate(): void {
  browser.runtime.onInstalled.addListener(async () => {
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined || tab.discarded) return;
        try {
          if (browser.scripting) {
            await browser.scripting.executeScript({
              target: { tabId: tab.id, allFrames: true },
              files: [BOOTSTRAP_FILE],
            });
          } else {
            await browser.tabs.executeScript(tab.id, { file: BOOTSTRAP_FILE, allFrames: true });
          }
        } catch {
          // Tabs we may not script (the web store, PDF viewers) are skipped.
        }
      }),
    );
  });
}
