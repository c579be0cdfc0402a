import { injectFile } from './call-frame';
import type { EngineLoadResult } from '../../protocol/frame-messages';

/** Built by WXT from entrypoints/page-engine.content.ts (registration: runtime). */
export const PAGE_ENGINE_FILE = '/content-scripts/page-engine.js';

/** Injects the page engine into one frame. */
export async function injectPageEngine(tabId: number, frameId: number): Promise<EngineLoadResult> {
  try {
    await injectFile(tabId, frameId, PAGE_ENGINE_FILE);
    return { loaded: true };
  } catch (error) {
    return { loaded: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
