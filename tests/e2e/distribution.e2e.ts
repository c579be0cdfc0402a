import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../lib/core/packs/base64';
import { signPackDocument } from '../../lib/core/packs/signature';
import { costlyExamplesPack } from '../fixtures/costly-pack';
import { startHarness, STABLE_EXTENSION_ID, type Harness } from './harness';
import { finding, typeAndOpenCard } from './demo-card';
import { openOptions } from './options-page';
import { startPackServer, type PackServer } from './pack-server';
import { openSidebar } from './sidebar-helpers';
import { TEAM_V1, TEAM_V2, teamPack, teamRule as rule } from './team-lead';

/**
 * Team distribution in the real extension: a pack subscription on a loopback HTTP server
 * (updates, 304, a tampered signed pack, the server gone) and company policy, both through the
 * test hook and through Chromium's real managed-policy directory (docs/distribution.md).
 */

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

// ---------- packs ----------

// ---------- helpers ----------

type Reply = { ok: boolean; value?: unknown; message?: string };

async function send<T>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate((message) => chrome.runtime.sendMessage(message), {
    laipni: 1,
    name,
    payload,
  })) as Reply;
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  return reply.value as T;
}

interface Outcome {
  status: string;
  version?: string;
  error?: { lv: string; en: string };
}
interface Subscription {
  url: string;
  version?: string;
  downloads?: number;
  notModified?: number;
  lastSuccessAt?: number;
  lastCheckAt?: number;
  lastError?: { lv: string; en: string };
}
interface Change {
  fromVersion: string | null;
  toVersion: string;
  added: Array<{ id: string }>;
  changelog: Array<{ version: string }>;
}

async function refresh(options: Page, url: string): Promise<Outcome> {
  const { outcomes } = await send<{ outcomes: Outcome[] }>(options, 'data:refresh-subscription', {
    url,
  });
  return outcomes[0] as Outcome;
}

async function subscription(options: Page, url: string) {
  return send<{ subscription: Subscription | null; change: Change | null }>(
    options,
    'data:subscription-diff',
    { url },
  );
}

async function packVersion(options: Page, id: string): Promise<string | undefined> {
  const { report } = await send<{ report: { packs: Array<{ id: string; version: string }> } }>(
    options,
    'test:layering-report',
    {},
  );
  return report.packs.find((p) => p.id === id)?.version;
}

// ---------- subscriptions and the test-hook policy (one browser) ----------

describe('team distribution in the real extension', () => {
  let harness: Harness;
  let server: PackServer;
  let options: Page;
  let crm: Page;

  beforeAll(async () => {
    server = await startPackServer(JSON.stringify(TEAM_V1));
    harness = await startHarness();
    options = await openOptions(harness, 'packs');
    crm = await harness.open('/demo/');
  });
  afterAll(async () => {
    await harness?.close();
    await server?.stop();
  });

  it('subscribes, and an update on the server flags new words on the open page without reload', async () => {
    const subscribed = await send<{ added: boolean; outcome: Outcome }>(options, 'data:subscribe', {
      url: server.url,
    });
    expect(subscribed).toMatchObject({
      added: true,
      outcome: { status: 'updated', version: '1.0.0' },
    });
    await options.bringToFront();
    await expect
      .poll(() => options.locator('[data-testid="subscriptions"]').textContent())
      .toContain(server.url);

    await typeAndOpenCard(crm, 'Mums ir zilonis un žirafe.');
    await expect.poll(() => finding(crm, 'team-zilonis').count()).toBe(1);
    expect(await finding(crm, 'team-zirafe').count()).toBe(0);

    server.body = JSON.stringify(TEAM_V2);
    expect(await refresh(options, server.url)).toMatchObject({
      status: 'updated',
      version: '1.1.0',
    });
    await typeAndOpenCard(crm, 'Mums ir zilonis un žirafe.');
    await expect.poll(() => finding(crm, 'team-zirafe').count()).toBe(1);

    // What changed is stored with the subscription for the options page and the sidebar.
    const { change } = await subscription(options, server.url);
    expect(change).toMatchObject({
      fromVersion: '1.0.0',
      toVersion: '1.1.0',
      added: [{ id: 'team-zirafe' }],
      changelog: [{ version: '1.1.0' }],
    });
    // …and the options page shows it.
    await options.bringToFront();
    const shown = options.locator('[data-testid="subscriptions"] .subscription-change');
    await expect.poll(() => shown.textContent()).toContain('team-zirafe');
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain('1.1.0');
    expect(text).toContain('Žirafe pievienota');

    // …and so does the sidebar on the CRM page, until the agent dismisses it.
    await crm.bringToFront();
    const sidebar = await openSidebar(crm);
    const panel = sidebar.locator('[data-laipni="pack-change"]');
    await expect.poll(() => panel.textContent()).toContain('team-zirafe');
    expect(await panel.textContent()).toContain('Žirafe pievienota');
    await panel.locator('[data-laipni="pack-change-dismiss"]').click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('validates a costly download in the offscreen worker while the background keeps answering', async () => {
    const costly = await startPackServer(JSON.stringify(costlyExamplesPack()));
    try {
      const subscribing = send<{ added: boolean; outcome: Outcome }>(options, 'data:subscribe', {
        url: costly.url,
      });
      let done = false;
      void subscribing.finally(() => {
        done = true;
      });
      // The options page asks the background over and over while the pack is validated.
      const answers: number[] = [];
      while (!done) {
        const started = Date.now();
        await send(options, 'data:subscription-diff', { url: server.url });
        answers.push(Date.now() - started);
      }
      const { outcome } = await subscribing;
      expect(outcome.status).toBe('failed');
      expect(outcome.error?.en).toContain('does not flag the example');
      const worst = Math.max(...answers);
      const slowest = [...answers].sort((a, b) => b - a).slice(0, 5);
      console.log(
        `costly download: ${answers.length} background answers meanwhile, slowest ${slowest.join(', ')} ms`,
      );
      expect(answers.length).toBeGreaterThan(3);
      expect(worst).toBeLessThan(1000);
      const contexts = await options.evaluate(() =>
        (
          chrome.runtime as unknown as {
            getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
          }
        ).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }),
      );
      expect(contexts).toHaveLength(1);
    } finally {
      await costly.stop();
      // The agent removes the failed subscription again (the later tests count errors).
      await options.bringToFront();
      const item = options.locator(`[data-testid="subscriptions"] li[data-url="${costly.url}"]`);
      await item.locator('[data-testid="unsubscribe"]').click();
      await expect.poll(() => item.count()).toBe(0);
    }
  });

  it('a 304 answer costs no download or validation', async () => {
    const before = (await subscription(options, server.url)).subscription;
    const requests = server.requests.length;
    expect(await refresh(options, server.url)).toMatchObject({ status: 'not-modified' });
    expect(server.requests.slice(requests)).toEqual([
      { ifNoneMatch: expect.stringMatching(/^"/), status: 304 },
    ]);
    const after = (await subscription(options, server.url)).subscription;
    expect(after?.downloads).toBe(before?.downloads);
    expect(after?.notModified).toBe((before?.notModified ?? 0) + 1);
    expect(after?.lastCheckAt).toBeGreaterThan(before?.lastCheckAt ?? 0);
  });

  it('with a pinned key a tampered signed pack is refused and nothing changes', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const pinned = await send<{ ok: boolean }>(options, 'data:set-distribution-settings', {
      pinnedKeys: [bytesToBase64(raw)],
    });
    expect(pinned.ok).toBe(true);

    const V3 = teamPack(
      '1.2.0',
      [...TEAM_V2.rules, rule('team-degunradzis', 'degunradzis')],
      'Trešā',
    );
    const signed = await signPackDocument(
      JSON.parse(JSON.stringify(V3)) as Record<string, unknown>,
      pair.privateKey,
      raw,
    );
    server.body = JSON.stringify({ ...signed, rules: [...V3.rules, rule('team-kaza', 'kaza')] });
    const refused = await refresh(options, server.url);
    expect(refused.status).toBe('failed');
    expect(refused.error?.en).toContain('does not match its content');
    expect(refused.error?.lv).toContain('Iepriekšējā versija paliek spēkā');
    expect(await packVersion(options, 'team.e2e')).toBe('1.1.0');

    server.body = JSON.stringify(V3); // unsigned
    expect((await refresh(options, server.url)).error?.en).toContain('not signed');
    expect(await packVersion(options, 'team.e2e')).toBe('1.1.0');

    server.body = JSON.stringify(signed);
    expect(await refresh(options, server.url)).toMatchObject({
      status: 'updated',
      version: '1.2.0',
    });
    await send(options, 'data:set-distribution-settings', { pinnedKeys: [] });
  });

  it('with the server gone the installed version keeps working and the error is recorded', async () => {
    await server.stop();
    const failed = await refresh(options, server.url);
    expect(failed.status).toBe('failed');
    expect(failed.error?.en).toContain('Could not reach 127.0.0.1');
    const { subscription: sub } = await subscription(options, server.url);
    expect(sub?.lastError?.lv).toContain('Iepriekšējā versija paliek spēkā');
    expect(sub?.lastSuccessAt).toBeLessThan(sub?.lastCheckAt ?? 0);
    await options.bringToFront();
    await expect
      .poll(() => options.locator('[data-testid="subscriptions"] .status-error').count())
      .toBe(1);
    // The sidebar says so too, with the time of the last success.
    await crm.bringToFront();
    const notice = (await openSidebar(crm)).locator('[data-laipni="pack-error"]');
    await expect.poll(() => notice.textContent()).toContain('Iepriekšējā versija paliek spēkā');
    expect(await notice.textContent()).toContain('Pēdējais veiksmīgais atjauninājums:');

    await typeAndOpenCard(crm, 'Šodien degunradzis.');
    await expect.poll(() => finding(crm, 'team-degunradzis').count()).toBe(1);
    expect(await packVersion(options, 'team.e2e')).toBe('1.2.0');
  });

  it('company policy (test hook): the policy pack installs, its locked rule stays on, personal rules can be disabled', async () => {
    // Before any policy: the agent adds a personal rule and switches a built-in rule off.
    const rulesPage = await openOptions(harness, 'rules');
    await rulesPage.locator('[data-testid="add-personal-rule"]').click();
    const form = rulesPage.locator('[data-testid="personal-rule-form"]');
    await form.locator('[data-testid="personal-phrases"]').fill('nav mana problēma');
    await form.locator('[data-testid="personal-reason"]').fill('Klientam tas nav svarīgi.');
    await form.locator('[data-testid="personal-suggestions"]').fill('Es to atrisināšu');
    await form.locator('[data-testid="save-personal-rule"]').click();
    await rulesPage.locator('[data-testid="rule-mans-nav-mana-problema"]').waitFor();
    const builtinSwitch = rulesPage.locator('[data-testid="rule-es-nezinu"]').getByRole('switch');
    await builtinSwitch.click();
    await expect.poll(() => builtinSwitch.isChecked()).toBe(false);
    await typeAndOpenCard(crm, 'Es nezinu. Tā nav mana problēma.');
    await expect.poll(() => finding(crm, 'mans-nav-mana-problema').count()).toBe(1);
    expect(await finding(crm, 'es-nezinu').count()).toBe(0);

    // The company locks its own rule and the built-in one, and switches personal rules off.
    const policyPack = {
      ...teamPack('3.0.0', [rule('company-nilzirgs', 'nīlzirgs')], 'Uzņēmums'),
      id: 'company.e2e',
    };
    const applied = await harness.worker.evaluate(
      (policy) =>
        (
          globalThis as unknown as { laipniPolicy: { apply(p: unknown): Promise<unknown> } }
        ).laipniPolicy.apply(policy),
      {
        inlinePacks: [JSON.stringify(policyPack)],
        lockedRuleIds: ['company-nilzirgs', 'es-nezinu'],
        personalRulesAllowed: false,
      },
    );
    expect(applied).toMatchObject({ source: 'test', inlinePackIds: ['company.e2e'] });
    expect(await send(options, 'data:get-policy', {})).toMatchObject({
      source: 'test',
      managed: ['inlinePacks', 'lockedRuleIds', 'personalRulesAllowed'],
      problems: [],
    });
    expect(await packVersion(options, 'company.e2e')).toBe('3.0.0');

    // The policy pack flags; the locked built-in rule flags despite the agent's switch; the
    // personal rule is ignored.
    await typeAndOpenCard(crm, 'Es nezinu. Tā nav mana problēma, bet nīlzirgs.');
    await expect.poll(() => finding(crm, 'company-nilzirgs').count()).toBe(1);
    await expect.poll(() => finding(crm, 'es-nezinu').count()).toBe(1);
    await expect.poll(() => finding(crm, 'mans-nav-mana-problema').count()).toBe(0);
    const { report } = await send<{
      report: {
        blocked: Array<{ ruleId: string; change: string; lockedBy?: string[] }>;
        disallowed: string[];
      };
    }>(options, 'test:layering-report', {});
    expect(report.blocked).toContainEqual({
      ruleId: 'es-nezinu',
      change: 'disable',
      lockedBy: ['policy'],
    });
    expect(report.disallowed).toEqual(['mans-nav-mana-problema']);

    // The options page shows the locks: the switches cannot be used.
    await rulesPage.bringToFront();
    const policySwitch = rulesPage
      .locator('[data-testid="rule-company-nilzirgs"]')
      .getByRole('switch');
    await expect.poll(() => policySwitch.isDisabled()).toBe(true);
    await expect.poll(() => builtinSwitch.isDisabled()).toBe(true);

    // The policy goes away: its pack is removed and personal rules count again.
    await harness.worker.evaluate(() =>
      (
        globalThis as unknown as { laipniPolicy: { clear(): Promise<unknown> } }
      ).laipniPolicy.clear(),
    );
    expect(await packVersion(options, 'company.e2e')).toBeUndefined();
    await typeAndOpenCard(crm, 'Tā nav mana problēma.');
    await expect.poll(() => finding(crm, 'mans-nav-mana-problema').count()).toBe(1);
    await rulesPage.close();
  });
});

// ---------- real managed storage (Chromium's policy directory) ----------

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/laipni-e2e-distribution.json`;

describe('company policy from Chromium managed storage', () => {
  let harness: Harness | undefined;
  let writable = true;

  beforeAll(async () => {
    // Only this suite's own pack and rule, for as short as possible: every Chromium on this
    // machine reads the directory while the file exists.
    const policyPack = {
      ...teamPack('1.0.0', [rule('managed-suns', 'suņuks')], 'Politika'),
      id: 'managed.e2e',
    };
    const policy = {
      '3rdparty': {
        extensions: {
          [STABLE_EXTENSION_ID]: {
            inlinePacks: [JSON.stringify(policyPack)],
            lockedRuleIds: ['managed-suns'],
            retentionDays: 45,
          },
        },
      },
    };
    try {
      await mkdir(POLICY_DIR, { recursive: true });
      await writeFile(POLICY_FILE, JSON.stringify(policy));
    } catch {
      writable = false; // not root: the test-hook suite above covers the behaviour
      return;
    }
    harness = await startHarness();
  });
  afterAll(async () => {
    await rm(POLICY_FILE, { force: true });
    await harness?.close();
  });

  it('reads the policy, installs its pack and locks its rule', async (context) => {
    if (!writable || !harness) return context.skip();
    const options = await openOptions(harness, 'packs');
    await expect
      .poll(async () => (await send<{ source: string }>(options, 'data:get-policy', {})).source)
      .toBe('managed');
    expect(await send(options, 'data:get-policy', {})).toMatchObject({
      managed: ['inlinePacks', 'lockedRuleIds', 'retentionDays'],
      inlinePackIds: ['managed.e2e'],
    });
    await expect.poll(() => packVersion(options, 'managed.e2e')).toBe('1.0.0');
    const { report } = await send<{
      report: { rules: Array<{ ruleId: string; locked: boolean; lockedBy: string[] }> };
    }>(options, 'test:layering-report', {});
    expect(report.rules.find((r) => r.ruleId === 'managed-suns')).toMatchObject({
      locked: true,
      lockedBy: ['policy'],
    });
    const crm = await harness.open('/demo/');
    await typeAndOpenCard(crm, 'Mums ir suņuks.');
    await expect.poll(() => finding(crm, 'managed-suns').count()).toBe(1);

    // Removing the file withdraws the policy: Chromium notices (after its few-second settle
    // delay), managed storage changes, and the policy pack goes.
    await rm(POLICY_FILE, { force: true });
    await expect
      .poll(() => packVersion(options, 'managed.e2e'), { timeout: 45_000, interval: 500 })
      .toBeUndefined();
  });
});
