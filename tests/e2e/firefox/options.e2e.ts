import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CARD_FRAME, startFirefoxHarness, type FirefoxHarness } from './harness';
import { BADGE, isShown } from './page-input';

/**
 * The options page in Firefox, and its changes reaching an open CRM page without a reload
 * (tests/e2e/options-live.e2e.ts in Chromium).
 */

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
});
afterAll(async () => {
  await harness?.close();
});

const finding = (rule: string) => `[data-laipni="finding"][data-rule="${rule}"]`;

/** Replaces the demo notes with `text` by typing, opens the card from the badge; the card. */
async function typeAndOpenCard(page: Page, text: string) {
  await page.bringToFront();
  await page.click('#notes');
  await page.$eval('#notes', (el) => (el as HTMLTextAreaElement).select());
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect.poll(async () => isShown(await page.$(BADGE))).toBe(true);
  await page.click(BADGE);
  const card = await harness.frame(page, CARD_FRAME);
  await card.waitFor('[data-laipni="card"]');
  return card;
}

describe('options changes reach an open CRM page without a reload (Firefox)', () => {
  it('a rule switched off stops flagging, and a new personal rule flags at once', async () => {
    const crm = await harness.open('/demo/');
    let card = await typeAndOpenCard(crm, 'Es nezinu.');
    await expect.poll(() => card.count(finding('es-nezinu'))).toBe(1);

    const options = await harness.extensionTab('options.html#rules');
    await options.waitFor('[role="tabpanel"][data-section="rules"]');
    const toggle = '[data-testid="rule-es-nezinu"] [role="switch"]';
    await expect.poll(() => options.property(toggle, 'checked')).toBe(true);
    await options.click(toggle);
    await expect.poll(() => options.property(toggle, 'checked')).toBe(false);
    await options.click('[data-testid="add-personal-rule"]');
    const form = '[data-testid="personal-rule-form"]';
    await options.type(`${form} [data-testid="personal-phrases"]`, 'nav mana problēma');
    await options.type(
      `${form} [data-testid="personal-reason"]`,
      'Klientam nav svarīgi, kura problēma.',
    );
    await options.type(`${form} [data-testid="personal-suggestions"]`, 'Es to atrisināšu');
    await options.type(`${form} [data-testid="live-test-input"]`, 'Tā nav mana problēma.');
    await expect
      .poll(() => options.text(`${form} [data-testid="live-test-status"]`))
      .toBe('Atzīmēts: 1');
    await options.click(`${form} [data-testid="save-personal-rule"]`);
    await options.waitFor('[data-testid="rule-mans-nav-mana-problema"]');

    card = await typeAndOpenCard(crm, 'Es nezinu. Tā nav mana problēma.');
    await expect.poll(() => card.count(finding('mans-nav-mana-problema'))).toBe(1);
    expect(await card.count(finding('es-nezinu'))).toBe(0);
    expect(harness.errors.get(crm)).toEqual([]);
    await crm.close();
  });
});
