import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openOptions } from './options-page';
import { SCREENSHOTS, SIDEBAR, writeSettings } from './sidebar-helpers';

// Side-panel mode: the agent chooses it in the options page; then Alt+Shift+L opens the
// browser's own side panel (Chrome's sidePanel, a real one, not a tab), which shows the same
// sidebar app for the window's active tab and follows tab switches. Playwright does not list
// the side panel among the context's pages, so the test reads it over the DevTools protocol.

let harness: Harness;
const AGENT = { agentName: 'Anna', agentSurname: 'Ozola', company: 'SIA Zaļā Enerģija' };
const PANEL_URL = 'sidepanel.html';

beforeAll(async () => {
  harness = await startHarness();
  await writeSettings(harness, AGENT);
});
afterAll(async () => {
  await harness?.close();
});

/** The side panel's document, reached by attaching to its target. */
interface PanelDocument {
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of the panel as drawn, base64. */
  screenshot(): Promise<string>;
}

async function panelTargetId(cdp: CDPSession): Promise<string | undefined> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'page' && t.url.includes(`/${PANEL_URL}`))?.targetId;
}

async function attachPanel(cdp: CDPSession, targetId: string): Promise<PanelDocument> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const waiting = new Map<number, (result: unknown) => void>();
  let next = 1;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const send = async (method: string, params: object): Promise<unknown> => {
    const id = next++;
    const answer = new Promise<unknown>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return answer;
  };
  return {
    async evaluate<T>(expression: string) {
      const params = { expression, returnByValue: true, awaitPromise: true };
      const result = (await send('Runtime.evaluate', params)) as { result?: { value?: T } };
      return result.result?.value as T;
    },
    async screenshot() {
      return ((await send('Page.captureScreenshot', { format: 'png' })) as { data: string }).data;
    },
  };
}

/** The page and the side panel next to each other, as the agent sees them, for the docs. */
async function sideBySide(harness: Harness, page: Page, panel: PanelDocument, path: string) {
  const left = (await page.screenshot({ caret: 'initial' })).toString('base64');
  const right = await panel.screenshot();
  const sheet = await harness.context.newPage();
  await sheet.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start;width:max-content">` +
      `<img src="data:image/png;base64,${left}"><img src="data:image/png;base64,${right}" style="border-left:1px solid #999"></body>`,
  );
  await sheet.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await sheet.screenshot({ path, fullPage: true });
  await sheet.close();
}

/** Presses Alt+Shift+L in the page (as the agent does) until the browser's side panel is open. */
async function openPanelByShortcut(page: Page, cdp: CDPSession): Promise<PanelDocument> {
  await page.locator('#notes').click();
  let target: string | undefined;
  await expect
    .poll(
      async () => {
        target = await panelTargetId(cdp);
        if (!target) await page.keyboard.press('Alt+Shift+L');
        return target !== undefined;
      },
      { interval: 700 },
    )
    .toBe(true);
  return attachPanel(cdp, target!);
}

const text = (selector: string) =>
  `document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`;

describe('the sidebar in the browser side panel', () => {
  it('chosen in the options page, the shortcut opens the side panel, not a frame in the page; it shows the active tab and its call, follows the tab, and the shortcut closes it', async () => {
    const options = await openOptions(harness, 'profile');
    const picker = options.locator('[data-testid="sidebar-mode"]');
    expect(await picker.inputValue()).toBe('in-page');
    await picker.selectOption('side-panel');
    await options.close();

    const crm = await harness.open('/demo/');
    await crm.bringToFront();
    const cdp = await harness.context.browser()!.newBrowserCDPSession();
    const panel = await openPanelByShortcut(crm, cdp);
    // The page got no sidebar frame and no room was made in it.
    expect(await crm.locator(SIDEBAR).count()).toBe(0);
    expect(await crm.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();

    // The same sidebar app, bound to the active tab (its site in the header).
    await expect
      .poll(() => panel.evaluate<string | null>(text('[data-laipni="sidebar-app"]')))
      .toContain('localhost');
    // The browser sizes and closes its panel: no fold button, no resize handle.
    expect(
      await panel.evaluate<number>(
        `document.querySelectorAll('[data-laipni="sidebar-collapse"], .resize-handle').length`,
      ),
    ).toBe(0);
    await panel.evaluate(
      `document.querySelector('[data-laipni="call-start"][data-direction="inbound"]').click()`,
    );
    // The call started from the panel is the active tab's: the customer from that CRM page.
    await expect
      .poll(() => panel.evaluate<string | null>(text('[data-laipni="call-customer"]')))
      .toContain('Jānis Bērziņš');
    expect(await panel.evaluate(text('[data-laipni="call-other-tab"]'))).toBeNull();
    await mkdir(SCREENSHOTS, { recursive: true });
    await sideBySide(harness, crm, panel, `${SCREENSHOTS}/side-panel.png`);

    // Another tab in front: the panel now serves it, and says the call is elsewhere.
    const other = await harness.open('/fixtures/layout/crm.html');
    await other.bringToFront();
    await expect
      .poll(() => panel.evaluate<string | null>(text('[data-laipni="call-other-tab"]')))
      .toContain('localhost');
    // A tab with no web page: the panel says to open one.
    const blank = await harness.context.newPage();
    await blank.bringToFront();
    await expect
      .poll(() => panel.evaluate<string | null>(text('[data-laipni="panel-no-page"]')))
      .toContain('Open a tab with a CRM page.');
    await blank.close();

    // Back to the call's tab: the panel binds to it again and shows its call as this tab's.
    await crm.bringToFront();
    await expect
      .poll(() =>
        panel.evaluate<string>(
          `(${text('[data-laipni="call-customer"]')}) + ' | ' + (${text('[data-laipni="call-other-tab"]')})`,
        ),
      )
      .toBe('Klients: Jānis Bērziņš | null');

    // The shortcut again closes the panel; the page still has no frame of ours.
    await crm.locator('#notes').click();
    await crm.keyboard.press('Alt+Shift+L');
    await expect.poll(() => panelTargetId(cdp)).toBeUndefined();
    expect(await crm.locator(SIDEBAR).count()).toBe(0);

    await cdp.detach();
    await other.close();
    await crm.close();
  });

  it('a web page cannot show the side panel page in a frame', async () => {
    const page = await harness.open('/fixtures/layout/crm.html');
    const url = `chrome-extension://${harness.extensionId}/${PANEL_URL}`;
    await page.evaluate(
      (src) =>
        new Promise<void>((done) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.onload = () => done();
          frame.onerror = () => done();
          document.body.append(frame);
          setTimeout(done, 3000);
        }),
      url,
    );
    const framed = page.frames().filter((frame) => frame.url().startsWith(url));
    for (const frame of framed)
      expect(await frame.locator('[data-laipni="sidebar-app"]').count()).toBe(0);
    expect(framed.length).toBe(0);
    await page.close();
  });
});
