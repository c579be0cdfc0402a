import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/core/model/pack';
import { finding, typeAndOpenCard } from './demo-card';
import { startHarness, type Harness } from './harness';
import { openOptions } from './options-page';
import { startPackServer, type PackServer } from './pack-server';

/**
 * Rules per site in the real extension: a team pack with a rule for `127.0.0.1` only. The same
 * demo page served as 127.0.0.1 and as localhost (one server, two host names) flags it on one
 * and not on the other; a rule for every site flags on both.
 */

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const PACK: Pack = {
  format: 'laipni-pack/1',
  id: 'team.sites',
  name: 'Vietņu komanda',
  version: '1.0.0',
  author: 'Vadītāja',
  language: 'lv',
  rules: [
    {
      id: 'site-everywhere',
      severity: 'warning',
      match: { kind: 'phrase', phrases: ['zilonis'] },
      reason: { lv: 'Visur nesakām «zilonis».', en: 'Nowhere "zilonis".' },
      replacements: ['produkts'],
    },
    {
      id: 'site-loopback',
      severity: 'warning',
      sites: { hosts: ['127.0.0.1'] },
      match: { kind: 'phrase', phrases: ['žirafe'] },
      reason: { lv: 'Šajā rīkā nesakām «žirafe».', en: 'Not "žirafe" in this tool.' },
      replacements: ['produkts'],
    },
  ],
};

describe('rules per site (real extension)', () => {
  let harness: Harness;
  let server: PackServer;
  let options: Page;

  beforeAll(async () => {
    server = await startPackServer(JSON.stringify(PACK));
    harness = await startHarness();
    options = await openOptions(harness, 'rules');
    const reply = (await options.evaluate((message) => chrome.runtime.sendMessage(message), {
      laipni: 1,
      name: 'data:subscribe',
      payload: { url: server.url },
    })) as { ok: boolean; value?: { outcome?: { status: string } } };
    expect(reply).toMatchObject({ ok: true, value: { outcome: { status: 'updated' } } });
  });
  afterAll(async () => {
    await harness?.close();
    await server?.stop();
  });

  it('a site-scoped rule flags on its site and not on another', async () => {
    const text = 'Mums ir zilonis un žirafe.';
    const origin = new URL(harness.origin);
    expect(origin.hostname).toBe('localhost');
    const onLoopback = await harness.context.newPage();
    await onLoopback.goto(`http://127.0.0.1:${origin.port}/demo/`);
    await typeAndOpenCard(onLoopback, text);
    await expect.poll(() => finding(onLoopback, 'site-loopback').count()).toBe(1);
    expect(await finding(onLoopback, 'site-everywhere').count()).toBe(1);

    const onLocalhost = await harness.open('/demo/');
    await typeAndOpenCard(onLocalhost, text);
    await expect.poll(() => finding(onLocalhost, 'site-everywhere').count()).toBe(1);
    expect(await finding(onLocalhost, 'site-loopback').count()).toBe(0);
  });

  it('the options page shows each rule’s sites', async () => {
    await options.bringToFront();
    await options.reload();
    const scoped = options.locator('[data-testid="rule-site-loopback"]');
    await scoped.waitFor();
    const sites = (id: string) =>
      options.locator(`[data-testid="rule-${id}"] [data-testid="rule-sites"]`).textContent();
    await expect.poll(() => sites('site-loopback')).toBe('127.0.0.1');
    await expect.poll(() => sites('site-everywhere')).toBe('visas vietnes');
  });
});
