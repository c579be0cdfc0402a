import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { costlyExamplesPack } from '../../fixtures/costly-pack';
import { startPackServer, type PackServer } from '../pack-server';
import { finding, typeAndOpenCard } from './demo-card';
import type { ExtensionDocument } from './extension-document';
import { startFirefoxHarness, type FirefoxHarness } from './harness';
import { TEAM_V1, TEAM_V2 } from '../team-lead';

/**
 * Team distribution in Firefox (tests/e2e/distribution.e2e.ts in Chromium): a subscription on a
 * loopback pack server, an update reaching the open CRM page without a reload, and a costly
 * download validated in the background page's worker (Firefox has no offscreen documents).
 */

interface Outcome {
  status: string;
  version?: string;
  error?: { lv: string; en: string };
}
type Reply = { ok: boolean; value?: unknown; message?: string };

declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** A message to the background from our options page, as the page's own code sends it. */
async function send<T>(options: ExtensionDocument, name: string, payload: unknown): Promise<T> {
  const reply = await options.evaluate(
    (message) => browser.runtime.sendMessage(message) as Promise<Reply>,
    { laipni: 1, name, payload },
  );
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  return reply.value as T;
}

describe('team distribution in Firefox', () => {
  let harness: FirefoxHarness;
  let server: PackServer;
  let options: ExtensionDocument;
  let crm: Page;

  beforeAll(async () => {
    server = await startPackServer(JSON.stringify(TEAM_V1));
    harness = await startFirefoxHarness();
    options = await harness.extensionTab('options.html#packs');
    crm = await harness.open('/demo/');
  });
  afterAll(async () => {
    await harness?.close();
    await server?.stop();
  });

  it('subscribes, and an update on the server flags new words on the open page without reload', async () => {
    await options.waitFor('[role="tabpanel"][data-section="packs"]');
    const subscribed = await send<{ added: boolean; outcome: Outcome }>(options, 'data:subscribe', {
      url: server.url,
    });
    expect(subscribed).toMatchObject({
      added: true,
      outcome: { status: 'updated', version: '1.0.0' },
    });
    await expect
      .poll(() => options.texts('[data-testid="subscriptions"]'))
      .toEqual([expect.stringContaining(server.url)]);

    let card = await typeAndOpenCard(harness, crm, 'Mums ir zilonis un žirafe.');
    await expect.poll(() => card.count(finding('team-zilonis'))).toBe(1);
    expect(await card.count(finding('team-zirafe'))).toBe(0);

    server.body = JSON.stringify(TEAM_V2);
    const { outcomes } = await send<{ outcomes: Outcome[] }>(options, 'data:refresh-subscription', {
      url: server.url,
    });
    expect(outcomes[0]).toMatchObject({ status: 'updated', version: '1.1.0' });
    card = await typeAndOpenCard(harness, crm, 'Mums ir zilonis un žirafe.');
    await expect.poll(() => card.count(finding('team-zirafe'))).toBe(1);
    // The options page shows what changed.
    const change = '[data-testid="subscriptions"] .subscription-change';
    await expect
      .poll(() => options.texts(change))
      .toEqual([expect.stringContaining('team-zirafe')]);
    expect((await options.texts(change))[0]).toContain('Žirafe pievienota');
  });

  it('validates a costly download in the background page’s worker while the background keeps answering', async () => {
    const costly = await startPackServer(JSON.stringify(costlyExamplesPack()));
    try {
      // Marionette runs one command at a time, so the subscription runs on in the options page
      // (its reply lands in a data attribute, which every script run there can read) while the
      // test asks the background over and over from there.
      await options.evaluate(
        (message) => {
          const root = document.documentElement;
          delete root.dataset.subscribing;
          void browser.runtime
            .sendMessage(message)
            .then((reply) => (root.dataset.subscribing = JSON.stringify(reply)));
        },
        { laipni: 1, name: 'data:subscribe', payload: { url: costly.url } },
      );
      const finished = async (): Promise<Reply | null> => {
        const json = await options.evaluate(
          () => document.documentElement.dataset.subscribing ?? null,
        );
        return json === null ? null : (JSON.parse(json) as Reply);
      };
      const answers: number[] = [];
      let reply: Reply | null = null;
      while (!(reply = await finished())) {
        const started = Date.now();
        await send(options, 'data:subscription-diff', { url: server.url });
        answers.push(Date.now() - started);
      }
      expect(reply.ok).toBe(true);
      const { outcome } = reply.value as { outcome: Outcome };
      expect(outcome.status).toBe('failed');
      expect(outcome.error?.en).toContain('does not flag the example');
      const slowest = [...answers].sort((a, b) => b - a).slice(0, 5);
      console.log(
        `costly download (Firefox): ${answers.length} background answers meanwhile, slowest ${slowest.join(', ')} ms`,
      );
      expect(answers.length).toBeGreaterThan(3);
      expect(Math.max(...answers)).toBeLessThan(1000);
    } finally {
      await costly.stop();
    }
  });
});
