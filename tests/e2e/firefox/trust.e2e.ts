import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../../lib/core/model/pack';
import { keyFingerprint } from '../../../lib/core/packs/subscription-link';
import { startPackServer, type PackServer } from '../pack-server';
import { laipni, teamRule as rule, trustPack as pack } from '../team-lead';
import { finding, typeAndOpenCard } from './demo-card';
import type { ExtensionDocument } from './extension-document';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

/**
 * Trust in one step in Firefox (tests/e2e/trust.e2e.ts in Chromium): the lead's real `keygen`,
 * `sign` and `invite`; the agent pastes the link and confirms once; a tampered update is refused
 * with the reason on the page; "Refresh now" picks up the next version; a link opened in a tab
 * lands on the options page for confirmation.
 */

describe('trust in one step (Firefox)', () => {
  let dir: string;
  let server: PackServer;
  let harness: FirefoxHarness;
  let options: ExtensionDocument;
  let crm: Page;
  let publicKey: string;

  async function publish(p: Pack): Promise<Record<string, unknown>> {
    const file = join(dir, `${p.version}.json`);
    await writeFile(file, JSON.stringify(p));
    await laipni('sign', file, '--key', join(dir, 'lead.key'));
    const text = await readFile(file, 'utf8');
    server.body = text;
    return JSON.parse(text) as Record<string, unknown>;
  }

  const item = () => `[data-testid="subscriptions"] li[data-url="${server.url}"]`;
  const outcome = () => `${item()} [data-testid="refresh-outcome"]`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'laipni-trust-ff-'));
    await laipni('keygen', '--out', join(dir, 'lead'));
    publicKey = (await readFile(join(dir, 'lead.pub'), 'utf8')).trim();
    server = await startPackServer('');
    await publish(pack('1.0.0', [rule('trust-zilonis', 'zilonis')]));
    harness = await startFirefoxHarness();
    options = await harness.extensionTab('options.html#packs');
    crm = await harness.open('/demo/');
  });
  afterAll(async () => {
    await harness?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the agent pastes the link, sees team, URL and fingerprint, and subscribes with the key pinned', async () => {
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

    await options.waitFor('[data-testid="subscribe-url"]');
    await options.type('[data-testid="subscribe-url"]', link);
    await options.click('[data-testid="subscribe-submit"]');
    const confirm = '[data-testid="subscribe-confirm"]';
    await expect
      .poll(() => options.texts(`${confirm} [data-testid="confirm-team"]`))
      .toEqual(['Rīgas komanda']);
    expect(await options.text(`${confirm} [data-testid="confirm-url"]`)).toBe(server.url);
    await expect
      .poll(() => options.texts(`${confirm} [data-testid="fingerprint"]`))
      .toEqual([fingerprint]);
    expect(server.requests).toHaveLength(0); // nothing happens before the agent confirms

    await options.click(`${confirm} [data-testid="confirm-subscribe"]`);
    await expect
      .poll(() => options.texts('[data-testid="subscribe-result"]'))
      .toEqual([expect.stringContaining('1.0.0')]);
    await expect
      .poll(() => options.texts(`${item()} [data-testid="pinned-key"]`))
      .toEqual([expect.stringContaining(fingerprint)]);
    await expect
      .poll(() =>
        options.attribute(
          '[data-testid="pack-team.trust"] [data-testid="pack-signature"]',
          'data-signature',
        ),
      )
      .toBe('verified');

    const card = await typeAndOpenCard(harness, crm, 'Mums ir zilonis.');
    await expect.poll(() => card.count(finding('trust-zilonis'))).toBe(1);
  });

  it('a pack changed after signing is refused with the reason; the installed version stays', async () => {
    const good = await publish(pack('1.1.0', [rule('trust-zilonis', 'zilonis')]));
    server.body = JSON.stringify({ ...good, rules: [rule('trust-kaza', 'kaza')] });
    await options.click(`${item()} [data-testid="refresh-now"]`);
    await expect.poll(() => options.attribute(outcome(), 'data-status')).toBe('failed');
    expect(await options.text(outcome())).toContain('paka ir mainīta pēc parakstīšanas');
    expect(await options.text('[data-testid="pack-team.trust"]')).toContain('1.0.0');
    const card = await typeAndOpenCard(harness, crm, 'Mums ir kaza un zilonis.');
    await expect.poll(() => card.count(finding('trust-zilonis'))).toBe(1);
    expect(await card.count(finding('trust-kaza'))).toBe(0);
  });

  it('"Refresh now" picks up the lead’s new version at once', async () => {
    await publish(
      pack('1.2.0', [rule('trust-zilonis', 'zilonis'), rule('trust-zirafe', 'žirafe')]),
    );
    await options.click(`${item()} [data-testid="refresh-now"]`);
    await expect.poll(() => options.attribute(outcome(), 'data-status')).toBe('updated');
    expect(await options.text(outcome())).toContain('1.2.0');
    const card = await typeAndOpenCard(harness, crm, 'Mums ir žirafe.');
    await expect.poll(() => card.count(finding('trust-zirafe'))).toBe(1);
  });

  it('a link opened in a tab goes to the options page with the link', async () => {
    const link = `https://laipni.invalid/subscribe#v=1&url=${encodeURIComponent(
      server.url.replace('team.json', 'other.json'),
    )}&name=Otra`;
    const tab = await harness.session.browser.newPage();
    await tab.goto(link).catch(() => undefined); // .invalid never resolves; the extension steps in
    const optionsTabs = () =>
      harness.background(async (global, origin: string) => {
        const tabs = (
          global.browser as { tabs: { query(q: object): Promise<Array<{ url?: string }>> } }
        ).tabs;
        return (await tabs.query({}))
          .map((t) => t.url ?? '')
          .filter((url) => url.startsWith(`${origin}/options.html`) && url.includes('Otra'));
      }, harness.extensionOrigin);
    await expect.poll(optionsTabs, { timeout: 15_000 }).toHaveLength(1);
  });
});
