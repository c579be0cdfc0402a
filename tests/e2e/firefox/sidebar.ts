import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionDocument } from './extension-document';
import { SIDEBAR_FRAME, type FirefoxHarness } from './harness';

const SIDEBAR = 'iframe[data-laipni="sidebar"]';

/**
 * Opens the sidebar as the agent does: a click into the notes, then Alt+Shift+L. A site that
 * had the sidebar open reopens it by itself when a page loads, so press only while it is
 * closed, and press again if that reopening crossed the key press.
 */
export async function openSidebar(harness: FirefoxHarness, page: Page): Promise<ExtensionDocument> {
  await page.click('#notes');
  await expect
    .poll(
      async () => {
        if (!(await page.$(SIDEBAR))) {
          await page.keyboard.down('Alt');
          await page.keyboard.down('Shift');
          await page.keyboard.press('L');
          await page.keyboard.up('Shift');
          await page.keyboard.up('Alt');
        }
        return (await page.$$(SIDEBAR)).length;
      },
      { interval: 500 },
    )
    .toBe(1);
  const sidebar = await harness.frame(page, SIDEBAR_FRAME);
  await sidebar.waitFor('[data-laipni="sidebar-app"]');
  return sidebar;
}

export const checkItem = (id: string) => `[data-laipni="check-item"][data-item="${id}"]`;

export async function startCall(
  sidebar: ExtensionDocument,
  direction: 'inbound' | 'outbound',
): Promise<void> {
  await sidebar.click(`[data-laipni="call-start"][data-direction="${direction}"]`);
  await sidebar.waitFor('[data-laipni="call"]');
}

export async function endCall(sidebar: ExtensionDocument): Promise<void> {
  await sidebar.click('[data-laipni="call-end"]');
  await sidebar.click('[data-laipni="call-end-confirm"]');
  await expect.poll(() => sidebar.count('[data-laipni="call"]')).toBe(0);
}
