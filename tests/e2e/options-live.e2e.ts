import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { finding, typeAndOpenCard } from './demo-card';
import { openOptions, screenshot } from './options-page';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

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

  it('a personal rule by dictionary form: the preview lists its forms, and the live box and the page flag the same inflected ones', async () => {
    const crm = await harness.open('/demo/');
    const options = await openOptions(harness, 'rules');
    await options.locator('[data-testid="add-personal-rule"]').click();
    const form = options.locator('[data-testid="personal-rule-form"]');
    await form.locator('[data-testid="personal-phrases"]').fill('vaina');
    await form.locator('[data-testid="personal-reason"]').fill('Nerunājiet par vainu.');
    await form.locator('[data-testid="personal-all-forms"]').check();
    const preview = form.locator('[data-testid="personal-forms-preview"]');
    await expect.poll(() => preview.textContent()).toContain('vainām');
    const text = 'Tas notika ne jau manas vainas del, un par vainu neviens nerunā.';
    await form.locator('[data-testid="live-test-input"]').fill(text);
    const marks = form.locator('[data-testid="live-test-preview"] mark');
    await expect.poll(() => marks.allTextContents()).toEqual(['vainas', 'vainu']);
    await screenshot(options, 'options-personal-all-forms');
    await form.locator('[data-testid="save-personal-rule"]').click();
    await options.locator('[data-testid="rule-mans-vaina"]').waitFor();

    await typeAndOpenCard(crm, text);
    await expect.poll(() => finding(crm, 'mans-vaina').count()).toBe(2);
    await crm.close();
    await options.close();
  });
});
