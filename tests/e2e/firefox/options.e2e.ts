import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finding, typeAndOpenCard } from './demo-card';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

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

describe('options changes reach an open CRM page without a reload (Firefox)', () => {
  it('a rule switched off stops flagging, and a new personal rule flags at once', async () => {
    const crm = await harness.open('/demo/');
    let card = await typeAndOpenCard(harness, crm, 'Es nezinu.');
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

    card = await typeAndOpenCard(harness, crm, 'Es nezinu. Tā nav mana problēma.');
    await expect.poll(() => card.count(finding('mans-nav-mana-problema'))).toBe(1);
    expect(await card.count(finding('es-nezinu'))).toBe(0);
    expect(harness.errors.get(crm)).toEqual([]);
    await crm.close();
  });
});
