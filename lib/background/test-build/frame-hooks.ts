import type { FrameStatus } from '../../protocol/frame-messages';
import { callFrame } from '../frames/call-frame';
import { browser } from 'wxt/browser';
import type { ShowSidebar } from '../sidebar/show';

/** What the service worker exposes to end-to-end tests and the page benchmark. */
export interface FrameTestHooks {
  laipniToolbar: { click(tabId: number): Promise<boolean | null> };
  /** A frame's bootstrap status and the page engine's input timings; null without a bootstrap. */
  laipniFrames: {
    ping(tabId: number, frameId: number): Promise<FrameStatus | null>;
    inputTimings(tabId: number, frameId: number): Promise<number[] | null>;
  };
}

/**
 * End-to-end tests cannot click the toolbar button of a headless browser, so they call the
 * same handler through the service worker; and they read a frame's state
 * through the same frame call the background uses. Only these handlers are exposed.
 */
export function exposeFrameHooks(showSidebar: ShowSidebar): void {
  const hooks: FrameTestHooks = {
    laipniToolbar: {
      click: async (tabId) => showSidebar(await browser.tabs.get(tabId), 'toolbar'),
    },
    laipniFrames: {
      ping: (tabId, frameId) => callFrame(tabId, frameId, 'endpoint:ping', {}).catch(() => null),
      inputTimings: (tabId, frameId) =>
        callFrame(tabId, frameId, 'endpoint:input-timings', {}).then(
          (answer) => answer.samples,
          () => null,
        ),
    },
  };
  Object.assign(globalThis, hooks);
}
