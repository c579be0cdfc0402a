import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pingFrame, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ updatable: true });
});
afterAll(async () => {
  await harness?.close();
});

describe('an extension update or reload while a CRM tab is open', () => {
  it('removes the old UI, re-injects the new version, and keeps working without a page reload', async () => {
    const crm = await harness.open('/demo/');
    const errors: string[] = [];
    crm.on('pageerror', (error) => errors.push(error.message));
    await crm.locator('#notes').click();
    await crm.keyboard.type('Es nezinu.');
    const badge = crm.locator('laipni-ui >> [data-laipni="badge"]');
    await expect.poll(() => badge.isVisible()).toBe(true);
    await crm.keyboard.press('Alt+Shift+L');
    await expect.poll(() => crm.locator('iframe[data-laipni="sidebar"]').count()).toBe(1);

    await harness.updateExtension();

    // The orphaned scripts notice and take their UI away; the new version, injected into the
    // open tab, finds the focused field and draws its own (never two at once).
    await expect.poll(() => crm.locator('iframe[data-laipni="sidebar"]').count()).toBe(0);
    await expect.poll(() => pingFrame(harness, crm.url())).toMatchObject({ engineLoaded: true });
    // One host of each kind: the badge and card's (open) and the textarea mirror's (closed).
    const hosts = (kind: string) => crm.locator(`laipni-ui[data-laipni="${kind}"]`).count();
    await expect.poll(() => hosts('ui')).toBeLessThanOrEqual(1);
    await expect.poll(() => hosts('ui-mirror')).toBeLessThanOrEqual(1);

    // Typing is checked by the new version.
    await crm.locator('#notes').click();
    await crm.keyboard.type(' Mēs to nevaram izdarīt.');
    await expect.poll(() => badge.textContent()).toBe('2');
    expect(await hosts('ui')).toBe(1);
    expect(await hosts('ui-mirror')).toBe(1);
    expect(await crm.locator('laipni-ui').count()).toBe(2);
    await crm.keyboard.press('Alt+Shift+L');
    await expect.poll(() => crm.locator('iframe[data-laipni="sidebar"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
