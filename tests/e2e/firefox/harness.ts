import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { putSettingsRecord } from '../sidebar-helpers';
import { createDocumentDriver, type ExtensionDocument, type FrameStep } from './extension-document';
import { FIREFOX_EXTENSION_DIR, FIREFOX_TEST_EXTENSION_DIR, launchFirefox } from './launch';
import type { FirefoxPreferences, FirefoxSession } from './launch';

/** The card's frame inside our `laipni-ui` host. */
export const CARD_FRAME: FrameStep = {
  host: 'laipni-ui',
  frame: 'iframe[data-laipni="card-frame"]',
};
/** The docked sidebar's frame. */
export const SIDEBAR_FRAME: FrameStep = { frame: 'iframe[data-laipni="sidebar"]' };

/** What the background page of a test build exposes (lib/background/test-build/). */
export type BackgroundGlobal = Record<string, unknown>;

export interface FirefoxHarness {
  session: FirefoxSession;
  /** The loopback server's origin for /demo/ and /fixtures/. */
  origin: string;
  extensionOrigin: string;
  /** Opens a page served from the repository; page errors are collected in `errors`. */
  open(path: string): Promise<Page>;
  /** Page errors seen so far, per page. */
  errors: Map<Page, string[]>;
  /** An extension document framed in `page`, `frames` down from its top frame. */
  frame(page: Page, ...frames: FrameStep[]): Promise<ExtensionDocument>;
  /** Opens one of our pages (`options.html#rules`) in a tab of its own, brought to the front. */
  extensionTab(path: string): Promise<ExtensionDocument>;
  /** Runs `fn(background global, arg)` in the background page (test builds' hooks). */
  background<T, A>(
    fn: (background: BackgroundGlobal, arg: A) => T | Promise<T>,
    arg: A,
  ): Promise<T>;
  /** Writes the agent's settings record into the extension's database (before pages open). */
  writeSettings(value: Record<string, string | number>): Promise<void>;
  /** The browser's id of the tab showing `page`. */
  tabId(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Firefox ESR with the Firefox build, Puppeteer for web pages over WebDriver BiDi and Marionette
 * for our extension's own documents; a loopback server for the pages.
 */
export async function startFirefoxHarness(
  options: { production?: boolean; preferences?: FirefoxPreferences } = {},
): Promise<FirefoxHarness> {
  const server = await startStaticServer({ '/demo/': 'demo', '/fixtures/': 'tests/e2e/fixtures' });
  const session = await launchFirefox(
    options.production ? FIREFOX_EXTENSION_DIR : FIREFOX_TEST_EXTENSION_DIR,
    options.preferences,
  );
  const { browser, marionette, extensionOrigin } = session;
  const documentAt = createDocumentDriver(marionette);
  const handles = new WeakMap<Page, string>();
  const errors = new Map<Page, string[]>();
  let backgroundTab: ExtensionDocument | null = null;

  /** Marionette's handle of a page's tab, found by a name the page's window is given. */
  async function handleOf(page: Page): Promise<string> {
    const known = handles.get(page);
    if (known) return known;
    const name = `laipni-test-${randomUUID()}`;
    await page.evaluate((value) => (window.name = value), name);
    const all = await marionette.send<string[]>('WebDriver:GetWindowHandles');
    for (const handle of all) {
      const tab = documentAt({ handle, frames: [] });
      if ((await tab.evaluate(() => window.name).catch(() => '')) === name) {
        handles.set(page, handle);
        return handle;
      }
    }
    throw new Error(`no Marionette window shows ${page.url()}`);
  }

  async function newExtensionTab(path: string, focus: boolean): Promise<ExtensionDocument> {
    const { handle } = await marionette.send<{ handle: string }>('WebDriver:NewWindow', {
      type: 'tab',
      focus,
    });
    await marionette.send('WebDriver:SwitchToWindow', { handle, focus });
    await marionette.send('WebDriver:Navigate', { url: `${extensionOrigin}/${path}` });
    return documentAt({ handle, frames: [] });
  }

  const harness: FirefoxHarness = {
    session,
    origin: server.origin,
    extensionOrigin,
    errors,
    async open(path) {
      const page = await browser.newPage();
      const seen: string[] = [];
      errors.set(page, seen);
      page.on('pageerror', (error) => seen.push(`${path}: ${(error as Error).message}`));
      await page.goto(`${server.origin}${path}`);
      return page;
    },
    async frame(page, ...frames) {
      return documentAt({ handle: await handleOf(page), frames });
    },
    extensionTab: (path) => newExtensionTab(path, true),
    async background<T, A>(
      fn: (background: BackgroundGlobal, arg: A) => T | Promise<T>,
      arg: A,
    ): Promise<T> {
      // An extension page of our origin that shows nothing unverified; it reaches the
      // background page's global, where the test build's hooks are.
      backgroundTab ??= await newExtensionTab('sidebar.html', false);
      return backgroundTab.script<T>(
        `return browser.runtime.getBackgroundPage().then((g) => (${fn.toString()})(g, arguments[0]));`,
        [arg],
      );
    },
    async writeSettings(value) {
      backgroundTab ??= await newExtensionTab('sidebar.html', false);
      await backgroundTab.evaluate(putSettingsRecord, value);
    },
    async tabId(page) {
      const url = page.url();
      // Compared by hand: Firefox's match patterns in `tabs.query({ url })` take no port.
      const id = await harness.background(async (global, target: string) => {
        const tabs = (
          global.browser as {
            tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
          }
        ).tabs;
        const tab = (await tabs.query({})).find((candidate) => candidate.url === target);
        return tab?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
  return harness;
}
