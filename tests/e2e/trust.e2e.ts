import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/core/model/pack';
import { keyFingerprint } from '../../lib/core/packs/subscription-link';
import { finding, typeAndOpenCard } from './demo-card';
import { startHarness, type Harness } from './harness';
import { openOptions } from './options-page';
import { startPackServer, type PackServer } from './pack-server';
import { laipni, teamRule as rule, trustPack as pack } from './team-lead';

/**
 * Trust in one step, as a lead and an agent do it: the lead runs `laipni keygen`, `sign` and
 * `invite` (the real commands, in this process); the agent pastes the link into the options page
 * and confirms once; a pack tampered with after signing, and one signed with another key, are
 * refused with the reason on the page; "Refresh now" picks up the lead's next version at once.
 */

describe('trust in one step (options page, real extension)', () => {
  let dir: string;
  let server: PackServer;
  let harness: Harness;
  let options: Page;
  let publicKey: string;

  /** The lead signs a pack file and publishes it on the server. */
  async function publish(p: Pack, keyName = 'lead'): Promise<Record<string, unknown>> {
    const file = join(dir, `${p.version}.json`);
    await writeFile(file, JSON.stringify(p));
    await laipni('sign', file, '--key', join(dir, `${keyName}.key`));
    const text = await readFile(file, 'utf8');
    server.body = text;
    return JSON.parse(text) as Record<string, unknown>;
  }

  const item = () => options.locator(`[data-testid="subscriptions"] li[data-url="${server.url}"]`);
  const outcome = () => item().locator('[data-testid="refresh-outcome"]');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'laipni-trust-'));
    await laipni('keygen', '--out', join(dir, 'lead'));
    await laipni('keygen', '--out', join(dir, 'stranger'));
    publicKey = (await readFile(join(dir, 'lead.pub'), 'utf8')).trim();
    server = await startPackServer('');
    await publish(pack('1.0.0', [rule('trust-zilonis', 'zilonis')]));
    harness = await startHarness();
    options = await openOptions(harness, 'packs');
  });
  afterAll(async () => {
    await harness?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the agent pastes the lead’s link, sees team, URL and fingerprint, and subscribes with the key pinned in one confirmation', async () => {
    const printed = await laipni(
      'invite',
      '--url',
      server.url,
      '--key',
      join(dir, 'lead.pub'),
      '--name',
      'Rīgas komanda',
    );
    const link = printed.split('\n').find((l) => l.startsWith('https://laipni.invalid/')) ?? '';
    expect(link).not.toBe('');
    const fingerprint = (await keyFingerprint(publicKey)) as string;
    expect(printed).toContain(fingerprint);

    await options.locator('[data-testid="subscribe-url"]').fill(link);
    await options.locator('[data-testid="subscribe-submit"]').click();
    const confirm = options.locator('[data-testid="subscribe-confirm"]');
    await expect
      .poll(() => confirm.locator('[data-testid="confirm-team"]').textContent())
      .toBe('Rīgas komanda');
    expect(await confirm.locator('[data-testid="confirm-url"]').textContent()).toBe(server.url);
    await expect
      .poll(() => confirm.locator('[data-testid="fingerprint"]').textContent())
      .toBe(fingerprint);
    expect(server.requests).toHaveLength(0); // nothing happens before the agent confirms

    await confirm.locator('[data-testid="confirm-subscribe"]').click();
    await expect
      .poll(() => options.locator('[data-testid="subscribe-result"]').textContent())
      .toContain('1.0.0');
    await expect
      .poll(() => item().locator('[data-testid="pinned-key"]').textContent())
      .toContain(fingerprint);
    await expect
      .poll(() =>
        options
          .locator('[data-testid="pack-team.trust"] [data-testid="pack-signature"]')
          .getAttribute('data-signature'),
      )
      .toBe('verified');

    const crm = await harness.open('/demo/');
    await typeAndOpenCard(crm, 'Mums ir zilonis.');
    await expect.poll(() => finding(crm, 'trust-zilonis').count()).toBe(1);
    await crm.close();
  });

  it('a tampered update and one signed with another key are refused on the page; the installed version stays', async () => {
    const good = await publish(pack('1.1.0', [rule('trust-zilonis', 'zilonis')]));
    server.body = JSON.stringify({ ...good, rules: [rule('trust-kaza', 'kaza')] });
    await options.bringToFront();
    await item().locator('[data-testid="refresh-now"]').click();
    await expect.poll(() => outcome().getAttribute('data-status')).toBe('failed');
    expect(await outcome().textContent()).toContain('paka ir mainīta pēc parakstīšanas');

    await publish(pack('1.1.0', [rule('trust-zilonis', 'zilonis')]), 'stranger');
    const theirs = (await keyFingerprint(
      (await readFile(join(dir, 'stranger.pub'), 'utf8')).trim(),
    )) as string;
    await item().locator('[data-testid="refresh-now"]').click();
    await expect.poll(() => outcome().textContent()).toContain(theirs);
    const text = (await outcome().textContent()) ?? '';
    expect(text).toContain((await keyFingerprint(publicKey)) as string);
    expect(text).toContain('iepriekšējā versija paliek spēkā');
    const row = options.locator('[data-testid="pack-team.trust"]');
    expect(await row.textContent()).toContain('1.0.0');
  });

  it('"Refresh now" picks up the lead’s new version at once', async () => {
    await publish(
      pack('1.2.0', [rule('trust-zilonis', 'zilonis'), rule('trust-zirafe', 'žirafe')]),
    );
    await item().locator('[data-testid="refresh-now"]').click();
    await expect.poll(() => outcome().getAttribute('data-status')).toBe('updated');
    expect(await outcome().textContent()).toContain('1.2.0');
    const crm = await harness.open('/demo/');
    await typeAndOpenCard(crm, 'Mums ir žirafe.');
    await expect.poll(() => finding(crm, 'trust-zirafe').count()).toBe(1);
    await crm.close();
  });

  it('opening the link in a tab shows it on the options page for confirmation', async () => {
    const link = `https://laipni.invalid/subscribe#v=1&url=${encodeURIComponent(
      server.url.replace('team.json', 'other.json'),
    )}&key=${publicKey.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}&name=Otra`;
    const tab = await harness.context.newPage();
    await tab.goto(link).catch(() => undefined); // .invalid never resolves; the extension steps in
    await expect
      .poll(() => tab.url(), { timeout: 15_000 })
      .toContain(`chrome-extension://${harness.extensionId}/options.html`);
    const confirm = tab.locator('[data-testid="subscribe-confirm"]');
    await expect
      .poll(() => confirm.locator('[data-testid="confirm-team"]').textContent())
      .toBe('Otra');
    await tab.close();
  });
});
