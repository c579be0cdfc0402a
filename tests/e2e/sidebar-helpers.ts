import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';

export const SIDEBAR = 'iframe[data-laipni="sidebar"]';
export const SCREENSHOTS = 'test-results/sidebar';

/**
 * Opens the sidebar as the agent does: a click into the notes, then Alt+Shift+L. A site that
 * had the sidebar open reopens it by itself when a page loads, so press only while it is
 * closed, and press again if that reopening crossed the key press.
 */
export async function openSidebar(page: Page): Promise<FrameLocator> {
  await page.locator('#notes').click();
  await expect
    .poll(
      async () => {
        if ((await page.locator(SIDEBAR).count()) === 0) await page.keyboard.press('Alt+Shift+L');
        return page.locator(SIDEBAR).count();
      },
      { interval: 500 },
    )
    .toBe(1);
  const sidebar = page.frameLocator(SIDEBAR);
  await sidebar.locator('[data-laipni="sidebar-app"]').waitFor();
  return sidebar;
}

/** The sidebar's frame object (for scripts such as axe-core). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/sidebar.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core on the sidebar's document; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const frame = await sidebarFrame(page);
  // The extension's CSP refuses a <script> tag; evaluating through the DevTools protocol is not
  // subject to it.
  const loaded = await frame.evaluate(() => 'axe' in globalThis);
  if (!loaded)
    await frame.evaluate(await readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<unknown> } })
      .axe;
    const result = (await axe.run(document)) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

declare const indexedDB: IDBFactory;

/**
 * Puts the agent's settings record into the extension's database; runs in an extension page of
 * our origin (self-contained: the browser driver sends its source). Both browsers' suites use it.
 */
export const putSettingsRecord = (settings: Record<string, string | number>): Promise<void> =>
  new Promise<void>((done, fail) => {
    const deadline = Date.now() + 15_000;
    // Only the background creates the database. Right after the browser starts it may not
    // exist yet even when `indexedDB.databases()` has listed it (about 1 start in 6 here),
    // and an unversioned open would create an empty one that blocks the background's. So an
    // open that would create it is aborted and tried again, as is one without the tables.
    const attempt = (): void => {
      if (Date.now() > deadline) {
        fail(new Error('the extension database was not ready within 15 s'));
        return;
      }
      const retry = () => setTimeout(attempt, 50);
      const open = indexedDB.open('laipni');
      let creating = false;
      open.onupgradeneeded = () => {
        creating = true;
        open.transaction?.abort();
      };
      open.onerror = () => (creating ? retry() : fail(open.error));
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('settings')) {
          db.close();
          retry();
          return;
        }
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'settings', value: settings });
        tx.oncomplete = () => {
          db.close();
          done();
        };
        tx.onerror = () => {
          db.close();
          fail(tx.error);
        };
      };
    };
    attempt();
  });

/**
 * Writes the agent's settings straight into the extension's database from an extension page,
 * before the CRM page is opened (the page reads them at setup). The options page's form is
 * another surface's UI; the settings record is the data contract.
 */
export async function writeSettings(
  harness: Harness,
  value: Record<string, string | number>,
): Promise<void> {
  const page = await harness.context.newPage();
  // An extension page of our origin that opens no database itself (unverified, it shows nothing).
  await page.goto(`chrome-extension://${harness.extensionId}/sidebar.html`);
  await page.evaluate(putSettingsRecord, value);
  await page.close();
}
