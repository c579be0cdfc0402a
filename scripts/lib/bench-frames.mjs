// What the extension knows about each frame of a tab, asked from its service worker.
// `scripting.executeScript` with `allFrames` reaches every frame and returns each result with
// its `frameId`; run in the ISOLATED world, it reads the frame state our content scripts share
// (`globalThis.__laipniFrameState`, lib/content/bootstrap/frame-state.ts). The bootstrap's own answer to
// `shell:ping` is asked for each of those frame ids as well, through the service worker's
// `laipniFrames` hook (lib/background/test-build/frame-hooks.ts).

/**
 * @typedef {{ engineLoaded: boolean, ruleSetRequests: number, inputTimings: number[] }} FrameState
 * @typedef {{ url: string, top: boolean, engineLoaded: boolean, sidebarOpen: boolean,
 *   ruleSetRequests?: number }} FrameStatus
 * @typedef {{ frameId: number, url: string, top: boolean, state: FrameState | null,
 *   status: FrameStatus | null }} FrameReport
 */

/**
 * The id of the tab showing exactly `url`, or null.
 * @param {import('playwright-core').Worker} worker
 * @param {string} url
 */
export function tabIdOf(worker, url) {
  return worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id ?? null;
  }, url);
}

/**
 * Every frame of the tab: its frame id, URL, the shared frame state (null when no content
 * script of ours has created it yet) and the bootstrap's `shell:ping` answer (null when the
 * bootstrap does not answer). Timings are left out unless `withTimings`.
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {{ withTimings?: boolean }} [options]
 * @returns {Promise<FrameReport[]>}
 */
export function frameReports(worker, tabId, { withTimings = false } = {}) {
  return worker.evaluate(
    async ({ tab, timings }) => {
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab, allFrames: true },
        world: 'ISOLATED',
        func: (keepTimings) => {
          const state = globalThis.__laipniFrameState ?? null;
          return {
            url: location.href,
            top: window === window.top,
            state: state && {
              engineLoaded: state.engineLoaded,
              ruleSetRequests: state.ruleSetRequests,
              ruleSetHeld: state.ruleSetHeld ?? false,
              inputTimings: keepTimings ? [...(state.inputTimings ?? [])] : [],
            },
          };
        },
        args: [timings],
      });
      return Promise.all(
        results.map(async ({ frameId, result }) => ({
          frameId,
          ...result,
          status: await globalThis.laipniFrames.ping(tab, frameId),
        })),
      );
    },
    { tab: tabId, timings: withTimings },
  );
}

/**
 * The page engine's own input-handler durations in one frame (`shell:input-timings`), read
 * from the frame state when the bootstrap does not answer that message.
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {number} [frameId]
 * @returns {Promise<number[] | null>}
 */
export async function inputTimings(worker, tabId, frameId = 0) {
  const answer = await worker.evaluate(
    async ({ tab, frame }) => {
      const samples = await globalThis.laipniFrames.inputTimings(tab, frame);
      return samples && { samples };
    },
    { tab: tabId, frame: frameId },
  );
  if (Array.isArray(answer?.samples)) return answer.samples;
  const frames = await frameReports(worker, tabId, { withTimings: true });
  return frames.find((f) => f.frameId === frameId)?.state?.inputTimings ?? null;
}

/**
 * Waits until the bootstrap answers `shell:ping` in `count` frames of the tab (it runs at
 * document_idle, after the load event).
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {number} count
 * @param {number} [timeoutMs]
 */
export async function waitForBootstraps(worker, tabId, count, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answering = await worker.evaluate(
      async ({ tab }) => {
        const frames = await chrome.scripting
          .executeScript({ target: { tabId: tab, allFrames: true }, func: () => 0 })
          .catch(() => []);
        const answers = await Promise.all(
          frames.map(({ frameId }) => globalThis.laipniFrames.ping(tab, frameId)),
        );
        return answers.filter(Boolean).length;
      },
      { tab: tabId },
    );
    if (answering >= count) return answering;
    if (Date.now() > deadline)
      throw new Error(`only ${answering} of ${count} frames answer the bootstrap's ping`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
