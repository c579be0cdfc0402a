import { browser } from 'wxt/browser';
import type { EngineLoadResult } from '../messages';

/** Built by WXT from entrypoints/page-engine.content.ts (registration: runtime). */
export const PAGE_ENGINE_FILE = '/content-scripts/page-engine.js';

/**
 * Injects the page engine into one frame. Chromium (MV3) has `scripting`; Firefox's MV2 build
 * has only `tabs.executeScript`.
 */
export async function injectPageEngine(tabId: number, frameId: number): Promise<EngineLoadResult> {
  try {
    if (browser.scripting) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [PAGE_ENGINE_FILE],
      });
    } else {
      await browser.tabs.executeScript(tabId, { file: PAGE_ENGINE_FILE, frameId });
    }
    return { loaded: true };
  } catch (error) {
    return { loaded: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
