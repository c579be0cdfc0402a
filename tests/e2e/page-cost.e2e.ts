import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameTestHooks } from '../../lib/background/test-build/frame-hooks';
import type { FrameStatus } from '../../lib/protocol/frame-messages';
import { startHarness, type Harness } from './harness';

/** The frame state our content scripts share in a frame's isolated world (lib/content/bootstrap/frame-state.ts). */
interface FrameState {
  engineLoaded: boolean;
  ruleSetRequests: number;
  ruleSetHeld: boolean;
}

interface FrameReport {
  frameId: number;
  url: string;
  /** Read directly from the isolated world; null before any script of ours created it. */
  state: FrameState | null;
  /** The bootstrap's own `shell:ping` answer; null when it does not answer. */
  status: FrameStatus | null;
}

/** The slice of the `chrome` API used inside the service worker. */
interface WorkerChrome {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number; url?: string }>>;
  };
  scripting: {
    executeScript<T>(injection: {
      target: { tabId: number; allFrames: boolean };
      world: 'ISOLATED';
      func: () => T;
    }): Promise<Array<{ frameId: number; result: T }>>;
  };
}
declare const chrome: WorkerChrome;

const FRAMES = 20;
const FOCUSED = 7;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * Every frame of the tab, from the service worker: `scripting.executeScript` with `allFrames`
 * returns each frame's id and reads the shared frame state in the isolated world; the
 * bootstrap then answers `shell:ping` for that frame id (the background's frame call).
 */
function frameReports(pageUrl: string): Promise<FrameReport[]> {
  return harness.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return [];
    const tabId = tab.id;
    const results = await chrome.scripting.executeScript({
      target: { tabId, allFrames: true },
      world: 'ISOLATED',
      func: () => {
        const holder = globalThis as unknown as {
          __laipniFrameState?: {
            engineLoaded: boolean;
            ruleSetRequests: number;
            ruleSetHeld?: boolean;
          };
        };
        const state = holder.__laipniFrameState;
        return {
          url: location.href,
          state: state
            ? {
                engineLoaded: state.engineLoaded,
                ruleSetRequests: state.ruleSetRequests,
                ruleSetHeld: state.ruleSetHeld ?? false,
              }
            : null,
        };
      },
    });
    const hooks = globalThis as unknown as FrameTestHooks;
    return Promise.all(
      results.map(async ({ frameId, result }) => ({
        frameId,
        url: result.url,
        state: result.state,
        status: await hooks.laipniFrames.ping(tabId, frameId),
      })),
    );
  }, pageUrl);
}

const isFocusedFrame = (frame: FrameReport) =>
  frame.url.endsWith(`frames-20-frame.html?i=${FOCUSED}`);

describe('page cost: 20 same-origin iframes, one focused', () => {
  it('loads the engine and asks for the rule set only in the frame that got focus', async () => {
    const page = await harness.open('/fixtures/frames-20.html');
    const url = page.url();

    // Every frame runs the bootstrap, and none has loaded the engine or asked for rules.
    await expect
      .poll(async () => (await frameReports(url)).filter((f) => f.status !== null).length)
      .toBe(FRAMES + 1);
    for (const frame of await frameReports(url)) {
      expect(frame.status, frame.url).toMatchObject({ engineLoaded: false, ruleSetRequests: 0 });
      expect(frame.state?.engineLoaded ?? false, frame.url).toBe(false);
    }

    await page.frameLocator(`#frame-${FOCUSED}`).locator('#reply').click();
    await page.keyboard.type('Labdien! Es nezinu, kad tehniķis atnāks.');

    await expect
      .poll(async () => (await frameReports(url)).find(isFocusedFrame)?.status?.engineLoaded)
      .toBe(true);
    await expect
      .poll(async () => (await frameReports(url)).find(isFocusedFrame)?.state?.ruleSetRequests)
      .toBeGreaterThanOrEqual(1);

    const frames = await frameReports(url);
    expect(frames).toHaveLength(FRAMES + 1);
    expect(frames.filter(isFocusedFrame)).toHaveLength(1);
    for (const frame of frames) {
      if (isFocusedFrame(frame)) {
        expect(frame.state).toMatchObject({ engineLoaded: true });
        continue;
      }
      expect(frame.status, frame.url).toMatchObject({ engineLoaded: false, ruleSetRequests: 0 });
      expect(frame.state?.engineLoaded ?? false, frame.url).toBe(false);
      expect(frame.state?.ruleSetRequests ?? 0, frame.url).toBe(0);
    }
    await page.close();
  });
});

describe('page cost: a single-page app that leaves every field', () => {
  it("drops the frame's rule set and UI, and takes the rule set again for the next field", async () => {
    const page = await harness.open('/demo/');
    const url = page.url();
    const topState = async () => (await frameReports(url)).find((f) => f.frameId === 0)?.state;
    const badge = page.locator('laipni-ui >> [data-laipni="badge"]');

    await page.locator('#notes').click();
    await page.keyboard.type('Es nezinu.');
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(await topState()).toMatchObject({ ruleSetHeld: true, ruleSetRequests: 1 });

    // The app's next view has no field at all.
    await page.evaluate(() => {
      for (const field of document.querySelectorAll('input, textarea, [contenteditable]'))
        field.remove();
    });
    await expect.poll(async () => (await topState())?.ruleSetHeld).toBe(false);
    expect(await page.locator('laipni-ui').count()).toBe(0);

    // A view with a field again: the frame asks for the rule set once more and checks.
    await page.evaluate(() => {
      const reply = document.createElement('textarea');
      reply.id = 'reply';
      document.body.append(reply);
    });
    await page.locator('#reply').click();
    await page.keyboard.type('Es nezinu.');
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(await topState()).toMatchObject({ ruleSetHeld: true, ruleSetRequests: 2 });
    await page.close();
  });
});
