import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseActivity } from '../../../lib/core/report/activity';
import type { ActivityTestHook } from '../../../lib/background/test-build/activity-hook';
import { finding, typeAndOpenCard } from './demo-card';
import { expectPreviewedRule, localDay } from './activity-preview';
import { startFirefoxHarness, type BackgroundGlobal, type FirefoxHarness } from './harness';

/**
 * The agent's own activity export in Firefox, which saves through an object URL of its
 * background page (it refuses data URLs for downloads): switched on in the options page, the
 * finished day's file lands in the downloads folder as laipni-activity/<agent>/<day>.json.
 */

const DAY_MS = 86_400_000;
let harness: FirefoxHarness;
let downloads: string;

beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'laipni-downloads-'));
  harness = await startFirefoxHarness({
    preferences: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      // The optional-permission prompt answers yes (a test cannot click it); the request itself
      // is the production path.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
});
afterAll(async () => {
  await harness?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** The slice of the background page's `browser.downloads` the test reads. */
interface DownloadsApi {
  search(query: object): Promise<Array<{ filename: string }>>;
}

describe("the agent's own export (Firefox)", () => {
  it('switched on in the options page, saves the finished day in the downloads folder', async () => {
    const options = await harness.extensionTab('options.html#stats');
    await options.waitFor('[data-testid="personal-export-switch"]');
    await options.click('[data-testid="personal-export-switch"]');
    await options.waitFor('[data-testid="personal-last-saved"]');

    // Real work: a flagged phrase typed on the demo CRM, ignored in the card.
    const page = await harness.open('/demo/');
    const card = await typeAndOpenCard(harness, page, 'Labdien! Es nezinu, kad tas būs.');
    await card.click(`${finding('es-nezinu')} button[data-laipni="ignore"]`);

    // The options page shows today's file once the page's counts have arrived (the agent
    // picks the day in its date field).
    const today = localDay(Date.now());
    await expectPreviewedRule(options, today, 'es-nezinu', { flagged: 1, ignored: 1 });

    // The day is over only tomorrow: the export's clock is moved on, the save is real.
    await harness.background(
      (global, asOf: number) => (global.laipniActivity as ActivityTestHook).sendFinishedDays(asOf),
      Date.now() + DAY_MS,
    );
    // Self-contained: the function's source runs in the background page.
    const savedPath = () =>
      harness.background(async (global: BackgroundGlobal) => {
        const { downloads } = global.browser as { downloads: DownloadsApi };
        const [item] = await downloads.search({
          filenameRegex: 'laipni-activity',
          state: 'complete',
        });
        return item?.filename ?? '';
      }, null);
    await expect.poll(savedPath).not.toBe('');
    const path = await savedPath();
    const read = parseActivity(await readFile(path, 'utf8'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { activity } = read;
    expect(path).toBe(join(downloads, 'laipni-activity', activity.agentId, `${today}.json`));
    expect(activity.agentId).toMatch(/^agent-[0-9a-f]{16}$/);
    expect(activity.rules.find((r) => r.ruleId === 'es-nezinu')).toMatchObject({
      flagged: 1,
      ignored: 1,
    });
    await expect.poll(() => options.text('[data-testid="personal-last-saved"]')).toContain(today);
  });
});
