import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finding, typeAndOpenCard } from './demo-card';
import { startHarness, STABLE_EXTENSION_ID, type Harness } from './harness';

/**
 * The production build, used as an agent uses it: through the page and the UI only. It has no
 * test hooks and answers no test requests (scripts/check-production-build.mjs also greps the
 * bundles for them).
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ production: true });
});
afterAll(async () => {
  await harness?.close();
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe('the production build', () => {
  it('has no test hooks on its service worker and answers no test request', async () => {
    expect(harness.worker.url()).toBe(`chrome-extension://${STABLE_EXTENSION_ID}/background.js`);
    const hooks = await harness.worker.evaluate(() =>
      ['laipniFrames', 'laipniToolbar', 'laipniPolicy', 'laipniActivity'].filter(
        (name) => name in globalThis,
      ),
    );
    expect(hooks).toEqual([]);
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const reply = await options.evaluate(() =>
      chrome.runtime
        .sendMessage({ laipni: 1, name: 'test:import-pack', payload: { json: '{}' } })
        .catch((error: unknown) => String(error)),
    );
    expect(reply).not.toMatchObject({ ok: true });
    await options.close();
  });

  it('flags a phrase in the demo CRM, applies a suggestion from the card and shows the sidebar', async () => {
    const page = await harness.open('/demo/');
    await typeAndOpenCard(page, 'Es nezinu, kad būs rēķins.');
    const card = finding(page, 'es-nezinu');
    await card.waitFor();
    const suggestion = card.locator('button[data-laipni="suggestion"]').first();
    const replacement = (await suggestion.textContent()) ?? '';
    await suggestion.click();
    await expect.poll(() => page.locator('#notes').inputValue()).toContain(replacement);

    await page.keyboard.press('Alt+Shift+L');
    const app = page
      .frameLocator('iframe[data-laipni="sidebar"]')
      .locator('[data-laipni="sidebar-app"]');
    await app.waitFor();
    expect(await app.locator('h1').textContent()).toBe('Laipni');
    await page.close();
  });
});
