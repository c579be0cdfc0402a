import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openOptions, screenshot } from './options-page';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const finding = (page: Page, ruleId: string) =>
  page.locator(`laipni-ui >> [data-laipni="finding"][data-rule="${ruleId}"]`);

/** Replaces the demo notes with `text` by typing, and opens the card from the badge. */
async function typeAndOpenCard(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  const notes = page.locator('#notes');
  await notes.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  const badge = page.locator('laipni-ui >> [data-laipni="badge"]');
  await expect.poll(() => badge.isVisible()).toBe(true);
  await badge.click();
}

describe('options changes reach an open CRM page without a reload', () => {
  it('a rule switched off stops flagging, and a new personal rule flags at once', async () => {
    const crm = await harness.open('/demo/');
    await typeAndOpenCard(crm, 'Es nezinu.');
    await expect.poll(() => finding(crm, 'es-nezinu').count()).toBe(1);

    const options = await openOptions(harness, 'rules');
    const toggle = options.locator('[data-testid="rule-es-nezinu"]').getByRole('switch');
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await options.locator('[data-testid="add-personal-rule"]').click();
    const form = options.locator('[data-testid="personal-rule-form"]');
    await form.locator('[data-testid="personal-phrases"]').fill('nav mana problēma');
    await form
      .locator('[data-testid="personal-reason"]')
      .fill('Klientam nav svarīgi, kura problēma.');
    await form.locator('[data-testid="personal-suggestions"]').fill('Es to atrisināšu');
    await form.locator('[data-testid="save-personal-rule"]').click();
    await options.locator('[data-testid="rule-mans-nav-mana-problema"]').waitFor();

    await typeAndOpenCard(crm, 'Es nezinu. Tā nav mana problēma.');
    await expect.poll(() => finding(crm, 'mans-nav-mana-problema').count()).toBe(1);
    expect(await finding(crm, 'es-nezinu').count()).toBe(0);
    await screenshot(crm, 'live-demo-personal-rule');
    await crm.close();
    await options.close();
  });
});
