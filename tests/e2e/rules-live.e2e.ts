import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pingFrame, startHarness, type Harness } from './harness';
import { finding } from './demo-card';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A minimal team pack, as a lead would publish it. */
function teamPack(version: string, phrase: string) {
  return JSON.stringify({
    format: 'laipni-pack/1',
    id: 'team-test',
    name: 'Komandas testa pakotne',
    version,
    author: 'Team lead',
    language: 'lv',
    rules: [
      {
        id: 'team-phrase',
        severity: 'warning',
        match: { kind: 'phrase', phrases: [phrase] },
        reason: { lv: 'Komandā šo vārdu nelietojam.', en: 'The team does not use this word.' },
        replacements: ['produkts'],
      },
    ],
  });
}

describe('the rule set comes from the background and follows data changes', () => {
  it('asks once on first focus, and applies an imported team pack without reloading the page', async () => {
    const crm = await harness.open('/demo/');
    await crm.locator('#notes').click();
    // One request on first focus, plus one per new rule-set version the background announces
    // (right after the browser starts, the built-in pack and policy may still settle): typing
    // itself never asks again.
    const requests = async () => (await pingFrame(harness, crm.url()))?.ruleSetRequests ?? 0;
    await expect.poll(requests).toBeGreaterThanOrEqual(1);
    const settled = await requests();
    await crm.keyboard.type('Labdien! Paldies par gaidīšanu.');
    expect(await requests()).toBe(settled);

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const imported = await options.evaluate(
      (json) =>
        chrome.runtime.sendMessage({ laipni: 1, name: 'test:import-pack', payload: { json } }),
      teamPack('1.0.0', 'zilonis'),
    );
    expect(imported).toMatchObject({ ok: true });

    await crm.bringToFront();
    await crm.locator('#notes').click();
    await crm.keyboard.type('Jums piegādās zilonis rīt.');
    const badge = crm.locator('laipni-ui >> [data-laipni="badge"]');
    await expect.poll(() => badge.isVisible()).toBe(true);
    await badge.click();
    await expect.poll(() => finding(crm, 'team-phrase').count()).toBe(1);
    await crm.close();
    await options.close();
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
