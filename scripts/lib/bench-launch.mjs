// Starts Chromium for the page benchmark, with the built extension (on) or without it (off).
// Both runs use the same flags as `launch.mjs` (the tests' launcher), so the only difference
// between them is the extension itself. `--remote-debugging-port=0` is added to both so the
// benchmark can attach the DevTools protocol to the extension's service worker, which
// Playwright does not expose as a CDP target.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './find-browser.mjs';
import { TEST_EXTENSION_DIR } from './launch.mjs';

const COMMON_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--remote-debugging-port=0',
];

/**
 * @param {{ extension: boolean, extensionDir?: string }} options
 * @returns {Promise<{
 *   context: import('playwright-core').BrowserContext,
 *   worker: import('playwright-core').Worker | null,
 *   extensionId: string | null,
 *   browserWsUrl: string,
 *   close(): Promise<void>,
 * }>}
 */
export async function launchBenchBrowser({ extension, extensionDir = TEST_EXTENSION_DIR }) {
  const executablePath = ensureChromium();
  const profile = await mkdtemp(join(tmpdir(), 'laipni-bench-'));
  const args = [...COMMON_FLAGS];
  if (extension)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1366, height: 860 },
    args,
  });
  let worker = null;
  if (extension) {
    worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
  }
  const [port, path] = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n');
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    browserWsUrl: `ws://127.0.0.1:${port}${path}`,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
