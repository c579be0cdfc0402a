import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CARD_FRAME, startFirefoxHarness, type FirefoxHarness } from './harness';
import type { ExtensionDocument } from './extension-document';
import { BADGE, isShown } from './page-input';
import { checkItem, endCall, openSidebar, startCall } from './sidebar';

/**
 * A hostile CRM page in Firefox (tests/e2e/hostile-page.e2e.ts in Chromium): its script reads
 * everything a page can and types by script; it must learn none of the agent's values and
 * change nothing. The agent's values appear nowhere on the demo page itself.
 */

const AGENT = { agentName: 'Ilze', agentSurname: 'Kalniņa', company: 'SIA Slepenā Vērtība' };
const AGENT_SECRETS = ['Kalniņa', 'Slepenā Vērtība'];
const HOSTILE_SCRIPT = 'tests/e2e/fixtures/hostile/hostile.js';

interface HostileApi {
  readable(): string;
  typeIntoHiddenField(text: string): void;
  finds(text: string): boolean;
}
declare const hostile: HostileApi;

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
  await harness.writeSettings(AGENT);
});
afterAll(async () => {
  await harness?.close();
});

/** Which of the agent's values a script in the page can read. */
async function leaked(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => hostile.readable());
  const found = AGENT_SECRETS.filter((secret) => text.includes(secret));
  for (const secret of AGENT_SECRETS)
    if (await page.evaluate((s) => hostile.finds(s), secret)) found.push(`find:${secret}`);
  return found;
}

const view = (name: string) => `[data-laipni="view-tab"][data-view="${name}"]`;

/**
 * No call running and none in the log: every test's call is a first call with the opening
 * checklist (a call of the same contact soon after is a repeat call, with another checklist).
 */
async function noCalls(sidebar: ExtensionDocument): Promise<void> {
  await sidebar.waitFor('[data-laipni="call"], [data-laipni="call-start"]');
  if ((await sidebar.count('[data-laipni="call"]')) > 0) await endCall(sidebar);
  await sidebar.click(view('log'));
  await sidebar.waitFor('[data-laipni="call-log"]');
  if ((await sidebar.count('[data-laipni="log-delete-all"]')) > 0) {
    await sidebar.click('[data-laipni="log-delete-all"]');
    await sidebar.click('[data-laipni="log-confirm-delete-all"]');
    await expect.poll(() => sidebar.count('[data-laipni="log-entry"]')).toBe(0);
  }
  await sidebar.click(view('checklist'));
}

/** The demo CRM with the hostile script in its own page, the sidebar open, a call running. */
async function crmWithCall(): Promise<{ page: Page; sidebar: ExtensionDocument }> {
  const page = await harness.open('/demo/');
  await page.addScriptTag({ path: HOSTILE_SCRIPT });
  const sidebar = await openSidebar(harness, page);
  await noCalls(sidebar);
  await startCall(sidebar, 'inbound');
  return { page, sidebar };
}

describe('a hostile CRM page (Firefox)', () => {
  it('the page reads none of the agent’s values, though the card shows them to the agent', async () => {
    const { page, sidebar } = await crmWithCall();
    await page.click('#notes');
    await page.keyboard.type('Atkal zvanu es! Okei.');
    await expect.poll(async () => isShown(await page.$(BADGE))).toBe(true);
    await page.click(BADGE);
    const card = await harness.frame(page, CARD_FRAME);
    const suggestions =
      '[data-laipni="finding"][data-rule="repeat-call-atkal-es"] [data-laipni="suggestion"]';
    // The agent sees her name and company filled in, inside the card's extension frame.
    await expect
      .poll(() => card.texts(suggestions))
      .toContainEqual(expect.stringContaining('Ilze Kalniņa, SIA Slepenā Vērtība'));
    expect(await leaked(page)).toEqual([]);
    const sources = await page.evaluate(() => [
      document.querySelector('iframe[data-laipni="sidebar"]')?.getAttribute('src') ?? null,
      document
        .querySelector('laipni-ui')
        ?.shadowRoot?.querySelector('iframe[data-laipni="card-frame"]')
        ?.getAttribute('src') ?? null,
    ]);
    for (const source of sources) expect(source).not.toMatch(/[#?]/);
    // Nor can it reach into the card's frame.
    expect(
      await page.evaluate(() => {
        const frame = document
          .querySelector('laipni-ui')
          ?.shadowRoot?.querySelector('iframe[data-laipni="card-frame"]') as HTMLIFrameElement;
        try {
          return frame.contentDocument?.body.textContent ?? null;
        } catch {
          return null;
        }
      }),
    ).toBeNull();
    await endCall(sidebar);
    await page.close();
  });

  it('typing by script into a hidden field, with synthetic events, opens nothing and ticks nothing', async () => {
    const { page, sidebar } = await crmWithCall();
    await page.evaluate(() =>
      hostile.typeIntoHiddenField('Labdien! Kā varu jums palīdzēt? Es nezinu. OKEI, ČAU!'),
    );
    // The agent types, for real, a sentence that ticks «open-name»: by then anything the page
    // did before has been seen and handled by the same frame and background.
    await page.click('#notes');
    await page.keyboard.press('End');
    await page.keyboard.type(' Mans vārds ir Ilze Kalniņa.');
    await expect.poll(() => sidebar.attribute(checkItem('open-name'), 'aria-checked')).toBe('true');
    expect(await sidebar.attribute(checkItem('open-greeting'), 'aria-checked')).toBe('false');
    expect(await sidebar.attribute(checkItem('open-offer-help'), 'aria-checked')).toBe('false');
    const cardShown = await page.$('laipni-ui >>> iframe[data-laipni="card-frame"]');
    expect(await isShown(cardShown)).toBe(false);
    await endCall(sidebar);
    await page.close();
  });
});
