// Starts Chromium with the built extension loaded, the way the README and the tests do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './find-browser.mjs';

/** The production build (`npm run build`). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The test build the end-to-end suites load: the same code plus the service worker's test hooks. */
export const TEST_EXTENSION_DIR = resolve('.output/chrome-mv3-test');

/**
 * @param {{ headless?: boolean, extensionDir?: string, debugPort?: number, extraArgs?: string[], scrollbars?: boolean, env?: Record<string, string> }} [options]
 *   `debugPort` opens a remote-debugging port with extension debugging allowed, so a test can
 *   reinstall the extension in place (an update) through the DevTools protocol. `extraArgs` are
 *   added to Chromium's command line (a suite's own switches, e.g. a fake microphone).
 *   `scrollbars` keeps the page's classic scrollbars, which headless Playwright hides. `env` is
 *   added to Chromium's environment (a suite's own HOME, so downloads land in its own folder).
 */
export async function launchWithExtension(options = {}) {
  // A browser start that stalls (seen on loaded 2-core machines) is retried once with a fresh
  // profile instead of holding a whole suite until its hook times out.
  try {
    return await launchOnce(options);
  } catch (error) {
    console.warn(`Chromium did not start cleanly (${error.message}); trying once more.`);
    return launchOnce(options);
  }
}

async function launchOnce({
  headless = true,
  extensionDir = EXTENSION_DIR,
  debugPort,
  scrollbars = false,
  extraArgs = [],
  env,
} = {}) {
  const executablePath = ensureChromium();
  const profile = await mkdtemp(join(tmpdir(), 'laipni-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    timeout: 40_000,
    ...(env ? { env: { ...process.env, ...env } } : {}),
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : undefined,
    viewport: { width: 1366, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(debugPort
        ? ['--enable-unsafe-extension-debugging', `--remote-debugging-port=${debugPort}`]
        : []),
      ...extraArgs,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  let worker;
  try {
    worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
