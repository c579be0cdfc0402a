import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbar,
  pingFrame,
  startHarness,
  STABLE_EXTENSION_ID,
  type Harness,
} from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the extension in a real Chromium', () => {
  it('starts its service worker with the stable extension id', () => {
    expect(harness.worker.url()).toBe(`chrome-extension://${STABLE_EXTENSION_ID}/background.js`);
  });

  it('runs the content script on the demo page and loads the engine only after a field is focused', async () => {
    const page = await harness.open('/demo/');
    const url = page.url();
    await expect
      .poll(() => pingFrame(harness, url))
      .toMatchObject({ top: true, engineLoaded: false });
    await page.locator('#notes').click();
    await expect.poll(async () => (await pingFrame(harness, url))?.engineLoaded).toBe(true);
    await page.close();
  });

  it('shows and hides the sidebar with Alt+Shift+L and saves a screenshot', async () => {
    const page = await harness.open('/demo/');
    const sidebar = page.locator('iframe[data-laipni="sidebar"]');
    await page.locator('#notes').click();
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => sidebar.count()).toBe(1);
    const app = page
      .frameLocator('iframe[data-laipni="sidebar"]')
      .locator('[data-laipni="sidebar-app"]');
    await app.waitFor();
    expect(await app.locator('h1').textContent()).toBe('Laipni');
    // The page is pushed aside, not covered, so the CRM's right-edge controls stay reachable.
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('360px');
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/smoke-demo-sidebar.png' });
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => sidebar.count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    await page.close();
  });

  it('toggles the sidebar from the toolbar button handler', async () => {
    const page = await harness.open('/demo/');
    await expect.poll(() => pingFrame(harness, page.url())).not.toBeNull();
    expect(await clickToolbar(harness, page.url())).toBe(true);
    await expect.poll(() => page.locator('iframe[data-laipni="sidebar"]').count()).toBe(1);
    expect(await clickToolbar(harness, page.url())).toBe(false);
    await expect.poll(() => page.locator('iframe[data-laipni="sidebar"]').count()).toBe(0);
    await page.close();
  });

  it('ignores a synthetic Alt+Shift+L dispatched by the page', async () => {
    const page = await harness.open('/demo/');
    await expect.poll(() => pingFrame(harness, page.url())).not.toBeNull();
    await page.evaluate(() => {
      window.dispatchEvent(
        new KeyboardEvent('keydown', { code: 'KeyL', key: 'L', altKey: true, shiftKey: true }),
      );
    });
    // The real shortcut afterwards proves the listener is alive, so the first did nothing.
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => page.locator('iframe[data-laipni="sidebar"]').count()).toBe(1);
    await page.close();
  });

  it('opens the options page', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await expect
      .poll(() => page.locator('[data-laipni="options"] h1').textContent())
      .toBe('Laipni iestatījumi');
    await page.close();
  });
});
