import { browser } from 'wxt/browser';
import { STALE_CHECK_EVENT } from '../../protocol/frame-messages';
import { callEveryFrame, injectFile, runInFrames } from './call-frame';

/** Bundled and declared in the manifest by wxt.config.ts (lib/content/bootstrap/main.ts). */
const BOOTSTRAP_FILE = '/bootstrap.js';

// Runs in each frame: the old version's scripts hear it, find their context gone and take
// their UI away before the new bootstrap starts.
function askOldScriptsToCheck(eventName: string): void {
  document.dispatchEvent(new Event(eventName));
}

async function reinjectInto(tabId: number): Promise<void> {
  await runInFrames(tabId, 'all', askOldScriptsToCheck, [STALE_CHECK_EVENT]);
  await injectFile(tabId, 'all', BOOTSTRAP_FILE);
  // A field that already has focus gets the new engine without waiting for a keystroke.
  await callEveryFrame(tabId, 'endpoint:check-focus', {});
}

/**
 * After an install or update, open CRM tabs still hold the old version's orphaned scripts.
 * Tell them to check, and inject the new bootstrap so the agent does not have to reload the
 * CRM.
 */
export function startReinjectOnUpdate(): void {
  browser.runtime.onInstalled.addListener(async () => {
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined || tab.discarded) return;
        // Tabs we may not script (the web store, PDF viewers) are skipped.
        await reinjectInto(tab.id).catch(() => undefined);
      }),
    );
  });
}
