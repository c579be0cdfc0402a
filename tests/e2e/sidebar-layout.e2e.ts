import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbar, startHarness, type Harness } from './harness';
import { openSidebar, SCREENSHOTS, SIDEBAR } from './sidebar-helpers';

// The in-page sidebar makes room for itself: with it open, every control of a CRM page (fixed
// header, right-docked bar, a corner button absolute to the viewport, a 100vw status bar, sticky
// table header, toast, modal, top-layer dialog) is left of the sidebar and takes a real click; closed, the page is exactly as before.

let harness: Harness;
const PAGE = '/fixtures/layout/crm.html';

beforeAll(async () => {
  harness = await startHarness({ scrollbars: true });
});
afterAll(async () => {
  await harness?.close();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const box = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).evaluate((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  });

const control = (name: string) => `[data-control="${name}"]`;

/** Every element of the page (ours left out): its inline style, class, box and computed insets. */
function layoutSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ours = (element: Element) =>
      element.closest('laipni-ui') !== null || element.getAttribute('data-laipni') === 'sidebar';
    return [...document.querySelectorAll('*')]
      .filter((element) => !ours(element))
      .map((element, index) => {
        const r = element.getBoundingClientRect();
        const s = getComputedStyle(element);
        const geometry = [r.left, r.top, r.width, r.height].map((n) => n.toFixed(2)).join(',');
        const computed = [s.left, s.right, s.width, s.marginRight, s.overflow].join(',');
        return `${index} ${element.localName} style=${element.getAttribute('style')} class=${element.getAttribute('class')} box=${geometry} ${computed}`;
      });
  });
}

/** Where the sidebar's left edge is, in the page's viewport coordinates. */
async function sidebarEdge(page: Page): Promise<number> {
  return (await box(page, SIDEBAR)).left;
}

/**
 * The control is left of the sidebar, it is what the page shows at its centre, and a real mouse
 * click there reaches it. Boxes are polled: a layer that just appeared may still be sliding in.
 */
async function expectReachable(page: Page, name: string): Promise<void> {
  const edge = await sidebarEdge(page);
  await expect
    .poll(async () => (await box(page, control(name))).right, { message: name })
    .toBeLessThanOrEqual(edge);
  const { left, top, right, bottom } = await box(page, control(name));
  expect(left, name).toBeGreaterThanOrEqual(0);
  const x = (left + right) / 2;
  const y = (top + bottom) / 2;
  const hit = await page.evaluate(
    ({ x, y }) =>
      document.elementFromPoint(x, y)?.closest('[data-control]')?.getAttribute('data-control'),
    { x, y },
  );
  expect(hit, name).toBe(name);
  await page.mouse.click(x, y);
  expect(
    await page.evaluate(() => (window as unknown as { clicked: string[] }).clicked.at(-1)),
  ).toBe(name);
}

async function closeWithToolbar(page: Page): Promise<void> {
  expect(await clickToolbar(harness, page.url())).toBe(false);
  await expect.poll(() => page.locator(SIDEBAR).count()).toBe(0);
}

describe('the in-page sidebar never covers the page', () => {
  it('fixed header, docked bar, 100vw bar, sticky header, toast, modal and dialog are left of it and clickable; closed, the page is as before', async () => {
    const page = await harness.open(PAGE);
    await page.locator('#notes').waitFor();
    const before = await layoutSnapshot(page);
    // Without the sidebar the fixed controls sit where the sidebar will be: the test can fail.
    const profileBefore = await box(page, control('profile'));
    expect(profileBefore.right).toBeGreaterThan(1366 - 360);

    await openSidebar(page);
    const frame = await box(page, SIDEBAR);
    const view = await page.evaluate(() => ({
      inner: window.innerWidth,
      height: window.innerHeight,
      client: document.documentElement.clientWidth,
    }));
    // The page's own vertical scrollbar stays uncovered at the window's edge and scrolls it.
    expect(view.client).toBeLessThan(view.inner);
    expect(frame.right).toBeCloseTo(view.client, 0);
    expect(frame.bottom).toBeCloseTo(view.height, 0);
    expect(frame.right - frame.left).toBeGreaterThan(300);
    await page.mouse.click(view.inner - 4, view.height - 60);
    // A click on the track scrolls smoothly: wait until it has scrolled and stopped.
    const settledScroll = () =>
      page.evaluate(async () => {
        const before = window.scrollY;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return before === window.scrollY ? before : -1;
      });
    await expect.poll(settledScroll).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(settledScroll).toBe(0);

    for (const name of [
      'search',
      'new-case',
      'profile',
      'dock-call',
      'dock-mail',
      'help',
      'status-sync',
    ])
      await expectReachable(page, name);
    // The page's flow narrows: nothing in it reaches under the sidebar, no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      view.client,
    );
    // Playwright hides the caret with an inline style on the focused field unless told not to.
    await page.screenshot({ path: `${SCREENSHOTS}/layout-open.png`, caret: 'initial' });

    // The table header stuck under the top bar after scrolling.
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect
      .poll(async () => Math.round((await box(page, control('sort-amount'))).top))
      .toBeLessThan(120);
    await expectReachable(page, 'sort-amount');

    // Layers that appear while the sidebar is open.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectReachable(page, 'show-toast');
    await expectReachable(page, 'toast-close');
    await expect.poll(() => page.locator('.toast').count()).toBe(0);

    await expectReachable(page, 'open-modal');
    await expectReachable(page, 'modal-cancel');
    await expectReachable(page, 'open-modal');
    await expectReachable(page, 'modal-ok');
    await expectReachable(page, 'open-dialog');
    await expectReachable(page, 'dialog-ok');
    await expect
      .poll(() => page.locator('dialog.confirm').evaluate((d) => d.hasAttribute('open')))
      .toBe(false);

    await closeWithToolbar(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('layers already open when the sidebar opens are fitted, and restored exactly when it closes', async () => {
    const page = await harness.open(PAGE);
    await page.locator(control('show-toast')).click();
    await page.locator(control('open-modal')).click();
    await page
      .locator('.toast')
      .evaluate((toast) =>
        Promise.all(toast.getAnimations().map((animation) => animation.finished)),
      );
    // The page's own inline style on a layer survives and comes back unchanged.
    await page
      .locator('.topbar')
      .evaluate((bar) => bar.setAttribute('style', 'color: rgb(255, 255, 0)'));
    const before = await layoutSnapshot(page);

    expect(await clickToolbar(harness, page.url())).toBe(true);
    await page.locator(SIDEBAR).waitFor();
    const edge = await sidebarEdge(page);
    await expect.poll(async () => (await box(page, '.toast')).right).toBeLessThanOrEqual(edge);
    await expect.poll(async () => (await box(page, '.backdrop')).right).toBeLessThanOrEqual(edge);
    expect(await page.locator('.topbar').evaluate((bar) => getComputedStyle(bar).color)).toBe(
      'rgb(255, 255, 0)',
    );
    await expectReachable(page, 'modal-cancel');
    await page.locator(control('open-modal')).click();

    await closeWithToolbar(page);
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });
});
