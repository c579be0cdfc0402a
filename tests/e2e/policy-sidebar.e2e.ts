import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { SIDEBAR } from './sidebar-helpers';

/**
 * Company policy opens the sidebar by default at its width (`sidebarOpenByDefault`,
 * `sidebarWidth`) on the sites the agent has not set up, never where policy switches Laipni off;
 * the agent's own choice on a site wins. The demo page is served as localhost and as 127.0.0.1
 * (one server, two sites).
 */

describe('company policy: the sidebar by default', () => {
  let harness: Harness;
  let loopback: string;

  beforeAll(async () => {
    harness = await startHarness();
    loopback = `http://127.0.0.1:${new URL(harness.origin).port}/demo/`;
    const applied = await harness.worker.evaluate(
      (policy) =>
        (
          globalThis as unknown as { laipniPolicy: { apply(p: unknown): Promise<unknown> } }
        ).laipniPolicy.apply(policy),
      { sidebarOpenByDefault: true, sidebarWidth: 480, disabledSites: ['localhost'] },
    );
    expect(applied).toMatchObject({ source: 'test', problems: [] });
  });
  afterAll(async () => {
    await harness?.close();
  });

  const widthOf = (page: Page) =>
    page.locator(SIDEBAR).evaluate((frame: HTMLElement) => frame.style.width);

  it('opens on a site the agent has not set up, at the policy’s width, and not where policy switches Laipni off', async () => {
    const off = await harness.open('/demo/');
    expect(new URL(off.url()).hostname).toBe('localhost');
    const page = await harness.context.newPage();
    await page.goto(loopback);
    await page.locator(SIDEBAR).waitFor();
    expect(await widthOf(page)).toBe('480px');
    await page.frameLocator(SIDEBAR).locator('[data-laipni="sidebar-app"]').waitFor();
    // localhost loaded first, so its turn came first: no sidebar, and no engine either.
    expect(await off.locator(SIDEBAR).count()).toBe(0);
    expect(await off.locator('laipni-ui').count()).toBe(0);
    await off.close();

    // The agent closes it: the site keeps the agent's choice over the policy's default.
    await page.locator('#notes').click();
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => page.locator(SIDEBAR).count()).toBe(0);
    const next = await harness.context.newPage();
    await next.goto(loopback);
    await next.locator('#notes').click();
    await next.keyboard.type('Es nezinu. ');
    // The page's engine has checked the note (its badge counts the finding): the page has long
    // been loaded, and no sidebar came with it.
    await expect
      .poll(() => next.locator('laipni-ui >> [data-laipni="badge"]').textContent())
      .toBe('1');
    expect(await next.locator(SIDEBAR).count()).toBe(0);
    await next.close();
    await page.close();
  });
});
