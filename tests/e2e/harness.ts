import { createServer } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchWithExtension,
  TEST_EXTENSION_DIR,
} from '../../scripts/lib/launch.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import type { FrameTestHooks } from '../../lib/background/test-build/frame-hooks';
import type { FrameStatus } from '../../lib/protocol/frame-messages';

/** The slice of the `chrome` API the tests call inside the service worker. */
interface WorkerChrome {
  tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> };
}
declare const chrome: WorkerChrome;

export const STABLE_EXTENSION_ID = 'kajdnpilbfhehopjdbojibjcclakjpme';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  origin: string;
  /** Opens a page served from the repository (`/demo/…` or `/fixtures/…`). */
  open(path: string): Promise<Page>;
  /**
   * Reinstalls the built extension in place, as an update does (needs `{ updatable: true }`);
   * `worker` then refers to the new service worker.
   */
  updateExtension(): Promise<void>;
  close(): Promise<void>;
}

/** One real Chromium with the built extension and a loopback server for the pages. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * `production`: load the production build instead of the test build (no test hooks or test
 * requests: a suite that uses it works through the UI only). `chromiumArgs`: the suite's own
 * Chromium switches (tests/e2e/voice.e2e.ts: a WAV file as the microphone). `scrollbars`: pages
 * show classic scrollbars (headless hides them), for suites about what covers what. `chromiumEnv`:
 * added to Chromium's environment (tests/e2e/team-report.e2e.ts: a HOME of its own, so the
 * extension's downloads land in that folder's Downloads).
 */
export async function startHarness(
  options: {
    updatable?: boolean;
    production?: boolean;
    chromiumArgs?: string[];
    scrollbars?: boolean;
    chromiumEnv?: Record<string, string>;
  } = {},
): Promise<Harness> {
  const extensionDir = options.production ? EXTENSION_DIR : TEST_EXTENSION_DIR;
  const server = await startStaticServer({ '/demo/': 'demo', '/fixtures/': 'tests/e2e/fixtures' });
  const debugPort = options.updatable ? await freePort() : undefined;
  const browser = await launchWithExtension({
    debugPort,
    extensionDir,
    scrollbars: options.scrollbars,
    extraArgs: options.chromiumArgs,
    env: options.chromiumEnv,
  });
  let worker = browser.worker;
  return {
    context: browser.context,
    get worker() {
      return worker;
    },
    extensionId: browser.extensionId,
    origin: server.origin,
    async open(path) {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => {
        throw new Error(`page error on ${path}: ${error.message}`);
      });
      await page.goto(`${server.origin}${path}`);
      return page;
    },
    async updateExtension() {
      if (!debugPort) throw new Error('startHarness({ updatable: true }) is needed to update');
      const old = worker;
      const remote = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
      const session = await remote.newBrowserCDPSession();
      await session.send('Extensions.loadUnpacked', { path: extensionDir });
      await session.detach();
      const deadline = Date.now() + 20_000;
      for (;;) {
        const next = browser.context
          .serviceWorkers()
          .find((w) => w !== old && w.url() === old.url());
        if (next) {
          worker = next;
          break;
        }
        if (Date.now() > deadline) throw new Error('the updated service worker did not start');
        await browser.context
          .waitForEvent('serviceworker', { timeout: 1000 })
          .catch(() => undefined);
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Asks a tab's frame, through the service worker, what our content script there knows. */
export async function pingFrame(
  harness: Harness,
  pageUrl: string,
  frameId = 0,
): Promise<FrameStatus | null> {
  return harness.worker.evaluate(
    async ({ url, frame }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) return null;
      const hooks = globalThis as unknown as FrameTestHooks;
      return hooks.laipniFrames.ping(tab.id, frame);
    },
    { url: pageUrl, frame: frameId },
  );
}

/** Presses the toolbar button for the tab showing `pageUrl` (the handler, through the worker). */
export async function clickToolbar(harness: Harness, pageUrl: string): Promise<boolean | null> {
  return harness.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const hooks = globalThis as unknown as FrameTestHooks;
    return tab?.id === undefined ? null : hooks.laipniToolbar.click(tab.id);
  }, pageUrl);
}
