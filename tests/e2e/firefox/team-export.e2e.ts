import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityTestHook } from '../../../lib/background/test-build/activity-hook';
import { parseActivity } from '../../../lib/core/report/activity';
import { startExportStore, type ExportStore } from '../export-store';
import { finding, typeAndOpenCard } from './demo-card';
import { expectPreviewedRule, localDay } from './activity-preview';
import { startFirefoxHarness, type FirefoxHarness } from './harness';

/**
 * The company's activity export in Firefox (tests/e2e/team-report.e2e.ts in Chromium): policy
 * turns it on with the store's credentials; the agent's finished day is PUT to a loopback store
 * with them, and holds the counts of what the agent did on the demo CRM.
 */

const DAY_MS = 86_400_000;
let harness: FirefoxHarness;
let store: ExportStore;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'laipni-store-'));
  store = await startExportStore(folder);
  harness = await startFirefoxHarness();
});
afterAll(async () => {
  await harness?.close();
  await store?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the company’s activity export (Firefox)', () => {
  it('sends the finished day to the policy’s store with its credentials, counts only', async () => {
    const applied = await harness.background(
      (global, policy: Record<string, string>) =>
        (global.laipniPolicy as { apply(p: unknown): Promise<unknown> }).apply(policy),
      {
        activityExportUrl: store.url,
        activityAgentId: 'anna.k',
        activityTeam: 'riga-1',
        activityExportAuthorization: 'Bearer ff-token-1',
      },
    );
    expect(applied).toMatchObject({ source: 'test', problems: [] });

    const page = await harness.open('/demo/');
    const card = await typeAndOpenCard(harness, page, 'Labdien! Es nezinu, kad tas būs.');
    await card.click(`${finding('es-nezinu')} button[data-laipni="ignore"]`);

    // The options page previews today's file once the page's counts have arrived.
    const options = await harness.extensionTab('options.html#stats');
    const today = localDay(Date.now());
    await expectPreviewedRule(options, today, 'es-nezinu', { flagged: 1, ignored: 1 });

    // The day is over only tomorrow: the export's clock is moved on, the upload is real.
    await harness.background(
      (global, asOf: number) => (global.laipniActivity as ActivityTestHook).sendFinishedDays(asOf),
      Date.now() + DAY_MS,
    );
    await expect.poll(() => store.uploads.length).toBe(1);
    const [upload] = store.uploads;
    expect(upload).toMatchObject({
      path: `anna.k/${today}.json`,
      contentType: 'application/json',
      authorization: 'Bearer ff-token-1',
      cookie: undefined,
    });
    const read = parseActivity(upload?.body ?? '');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.activity).toMatchObject({ agentId: 'anna.k', team: 'riga-1', day: today });
    expect(read.activity.rules.find((r) => r.ruleId === 'es-nezinu')).toMatchObject({
      flagged: 1,
      ignored: 1,
    });
    expect(upload?.body).not.toMatch(/nezinu, kad|ff-token|127\.0\.0\.1|localhost/);
  });
});
