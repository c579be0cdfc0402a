import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium } from '../../scripts/lib/find-browser.mjs';
import type { ActivityTestHook } from '../../lib/background/test-build/activity-hook';
import { card, finding, typeAndOpenCard } from './demo-card';
import { startHarness, type Harness } from './harness';
import { openOptions } from './options-page';
import { openSidebar, writeSettings } from './sidebar-helpers';
import { startExportStore, type ExportStore } from './export-store';

/**
 * The team report end to end: company policy turns the activity export on in two browser
 * profiles (two agents of two teams); each does a real call on the demo CRM, its finished day is
 * PUT to a loopback server the way a company's file store takes it, and the real `laipni report`
 * turns the uploaded folder into the HTML report, which Chromium renders without any request.
 * `LAIPNI_SCREENSHOT=1` saves the report as docs/screenshots/team-report.png.
 */

const DAY_MS = 86_400_000;

/** The slice of the `chrome` API the test calls inside the service worker. */
declare const chrome: {
  downloads: {
    search(query: { filenameRegex: string; state: string }): Promise<Array<{ filename: string }>>;
  };
};
const SCREENSHOT = resolve('docs/screenshots/team-report.png');

// ---------- one agent's day in their own browser profile ----------

interface Agent {
  id: string;
  team: string;
  direction: 'inbound' | 'outbound';
  /** What the agent does with the «Es nezinu» finding. */
  finding: 'accept' | 'ignore';
}

const callOf = (sidebar: FrameLocator) => sidebar.locator('[data-laipni="call"]');
const item = (sidebar: FrameLocator, id: string) =>
  sidebar.locator(`[data-laipni="check-item"][data-item="${id}"]`);

async function applyPolicy(harness: Harness, policy: unknown): Promise<void> {
  await harness.worker.evaluate(
    (p) =>
      (
        globalThis as unknown as { laipniPolicy: { apply(p: unknown): Promise<unknown> } }
      ).laipniPolicy.apply(p),
    policy,
  );
}

/** A call on the demo CRM: the opening typed (and so ticked), «Es nezinu» accepted or ignored. */
async function workOneCall(page: Page, agent: Agent): Promise<void> {
  const sidebar = await openSidebar(page);
  await sidebar.locator(`[data-laipni="call-start"][data-direction="${agent.direction}"]`).click();
  await callOf(sidebar).waitFor();

  const notes = page.locator('#notes');
  await notes.click();
  await page.keyboard.type('Labdien! Mans vārds ir Anna Ozola, SIA Zaļā Enerģija. ');
  await expect.poll(() => item(sidebar, 'open-name').getAttribute('aria-checked')).toBe('true');

  // The in-page card: the agent types the phrase and moves on, then takes or dismisses it.
  await typeAndOpenCard(page, 'Labdien! Es nezinu, kad tas būs.');
  const flagged = finding(page, 'es-nezinu');
  await expect.poll(() => flagged.count()).toBe(1);
  if (agent.finding === 'accept') {
    await flagged.locator('button[data-laipni="suggestion"]').first().click();
    await expect.poll(() => notes.inputValue()).not.toContain('nezinu');
  } else {
    await flagged.locator('button[data-laipni="ignore"]').click();
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await notes.inputValue()).toContain('nezinu');
  }

  await sidebar.locator('[data-laipni="call-end"]').click();
  await sidebar.locator('[data-laipni="call-end-confirm"]').click();
  await expect.poll(() => callOf(sidebar).count()).toBe(0);
}

/** One browser profile: policy on, a call, then its finished day is uploaded. */
async function agentDay(agent: Agent, store: ExportStore): Promise<string> {
  const harness = await startHarness();
  try {
    await writeSettings(harness, {
      agentName: 'Anna',
      agentSurname: 'Ozola',
      company: 'SIA Zaļā Enerģija',
    });
    await applyPolicy(harness, {
      activityExportUrl: store.url,
      activityAgentId: agent.id,
      activityTeam: agent.team,
    });
    const page = await harness.open('/demo/');
    await workOneCall(page, agent);

    // The agent sees today's file in the options page once the page's counts have arrived.
    const options = await openOptions(harness, 'stats');
    const today = localDay(Date.now());
    await options.getByTestId('activity-day').fill(today);
    const preview = options.getByTestId('activity-preview');
    await expect
      .poll(async () => {
        const shown = JSON.parse((await preview.textContent()) || '{}') as Partial<ActivityFile>;
        return ruleRow(shown, 'es-nezinu');
      })
      .toEqual({
        ruleId: 'es-nezinu',
        flagged: 1,
        accepted: agent.finding === 'accept' ? 1 : 0,
        ignored: agent.finding === 'ignore' ? 1 : 0,
      });
    const seen = JSON.parse((await preview.textContent()) ?? '') as Record<string, unknown>;
    expect(await options.getByTestId('activity-status').textContent()).toContain(store.url);
    expect(await options.getByTestId('activity-last-sent').textContent()).not.toContain(today);

    // The day is over only tomorrow: the export's clock is moved on, the delivery is real.
    const asOf = Date.now() + DAY_MS;
    const sent = await harness.worker.evaluate(
      (time) =>
        (
          globalThis as unknown as { laipniActivity: ActivityTestHook }
        ).laipniActivity.sendFinishedDays(time),
      asOf,
    );
    expect(sent).toHaveLength(1);
    const day = sent[0] ?? '';
    expect(day).toBe(today);
    await expect
      .poll(() => store.uploads.some((u) => u.path === `${agent.id}/${day}.json`))
      .toBe(true);
    // What was sent is what the agent was shown (only the time it was written differs)…
    const upload = store.uploads.find((u) => u.path === `${agent.id}/${day}.json`);
    const sentFile = JSON.parse(upload?.body ?? '{}') as Record<string, unknown>;
    expect({ ...sentFile, generatedAt: null }).toEqual({ ...seen, generatedAt: null });
    // …and the options page now says when it was sent.
    await expect
      .poll(() => options.getByTestId('activity-last-sent').textContent())
      .toContain(today);
    return day;
  } finally {
    await harness.close();
  }
}

// ---------- the suite ----------

const ANNA: Agent = { id: 'agent-a1', team: 'riga-1', direction: 'inbound', finding: 'accept' };
const BERTA: Agent = {
  id: 'agent-b2',
  team: 'liepaja-2',
  direction: 'outbound',
  finding: 'ignore',
};

let work: string;
let store: ExportStore;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'laipni-team-report-'));
  store = await startExportStore(join(work, 'exports'));
  // The command line as `npm install` builds it, from this tree.
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build-cli failed: ${built.stderr}`);
});
afterAll(async () => {
  await store?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the team report from two browser profiles', () => {
  let days: string[] = [];

  it('each profile uploads its finished day, counts and ids only, when policy turns it on', async () => {
    days = [await agentDay(ANNA, store), await agentDay(BERTA, store)];
    expect(store.uploads.map((u) => u.path).sort()).toEqual(
      [`${ANNA.id}/${days[0]}.json`, `${BERTA.id}/${days[1]}.json`].sort(),
    );
    for (const upload of store.uploads) {
      expect(upload.contentType).toBe('application/json');
      expect(upload.cookie).toBeUndefined();
      // No text the agents typed (the stored phrase form is «es nezinu»), no agent or customer
      // names, no site: ids and counts only.
      for (const text of ['es nezinu', 'kad tas', 'labdien', 'anna', 'ozola', 'jānis', '127.0.0.1'])
        expect(upload.body.toLowerCase()).not.toContain(text);
    }
    const files: Record<string, ActivityFile> = Object.fromEntries(
      store.uploads.map((u) => [u.path.split('/')[0], JSON.parse(u.body) as ActivityFile]),
    );
    expect(files[ANNA.id]).toMatchObject({
      format: 'laipni-activity/1',
      agentId: ANNA.id,
      team: ANNA.team,
      calls: { count: 1, inbound: 1, outbound: 0, dropped: 0 },
    });
    expect(files[BERTA.id]).toMatchObject({
      agentId: BERTA.id,
      team: BERTA.team,
      calls: { count: 1, inbound: 0, outbound: 1 },
    });
    expect(ruleRow(files[ANNA.id], 'es-nezinu')).toEqual({
      ruleId: 'es-nezinu',
      flagged: 1,
      accepted: 1,
      ignored: 0,
    });
    expect(ruleRow(files[BERTA.id], 'es-nezinu')).toEqual({
      ruleId: 'es-nezinu',
      flagged: 1,
      accepted: 0,
      ignored: 1,
    });
    for (const file of Object.values(files)) {
      const name = file.checklist.find((c) => c.itemId === 'open-name');
      expect(name).toMatchObject({ checklist: 'opening', done: 1, missed: 0 });
      expect(file.checklist.some((c) => c.missed === 1)).toBe(true);
    }
  });

  it('`laipni report` makes a self-contained HTML report a lead can read', async () => {
    expect(days).toHaveLength(2);
    const html = join(work, 'report.html');
    const csv = join(work, 'report.csv');
    const run = spawnSync(
      process.execPath,
      ['bin/laipni.js', 'report', join(work, 'exports'), '--out', html, '--csv', csv],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);

    // The CSV: per agent, the whole range.
    const rows = parseCsv(await readFile(csv, 'utf8'));
    const agents = rows.filter((r) => r.section === 'agents');
    expect(agents.map((r) => [r.agent, r.team, r.calls, r.flagged, r.accepted, r.ignored])).toEqual(
      expect.arrayContaining([
        [ANNA.id, ANNA.team, '1', '1', '1', '0'],
        [BERTA.id, BERTA.team, '1', '1', '0', '1'],
      ]),
    );
    expect(agents).toHaveLength(2);

    // The HTML in a plain Chromium (no extension): nothing is fetched but the file itself.
    const browser = await chromium.launch({
      executablePath: ensureChromium(),
      args: ['--no-sandbox'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`file://${html}`);
      expect(requests).toEqual([`file://${html}`]);

      const cells = (selector: string) =>
        page.$$eval(selector, (trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
      // All rules: «es-nezinu» flagged 2, accepted 1, ignored 1, 50 %.
      const rules = await cells('#rules details tbody tr');
      expect(rules.find((r) => r[0] === 'es-nezinu')).toEqual(['es-nezinu', '2', '1', '1', '50 %']);
      // Checklists: the typed name ticked in both calls, something missed in both.
      const checklist = await cells('#checklists tbody tr');
      expect(checklist.find((r) => r[1] === 'open-name')).toEqual([
        'opening',
        'open-name',
        '2',
        '0',
        '100 %',
      ]);
      expect(checklist.some((r) => r[3] === '2' && r[4] === '0 %')).toBe(true);
      // Calls: two, one each way; both teams and both agents by id.
      const calls = await cells('#calls table:first-of-type tbody tr');
      expect(calls.map((r) => r.slice(1, 6))).toEqual([['2', '2', '0', '1', '1']]);
      const teams = await cells('#teams tbody tr');
      expect(teams.map((r) => r[0]).sort()).toEqual([BERTA.team, ANNA.team].sort());
      const agentRows = await cells('#agents tbody tr');
      expect(agentRows.map((r) => r[0]).sort()).toEqual([ANNA.id, BERTA.id]);
      // The charts are drawn (inline SVG with marks in them).
      expect(await page.locator('#calls svg rect').count()).toBeGreaterThan(0);
      expect(await page.locator('#checklists svg rect').count()).toBeGreaterThan(0);

      if (process.env.LAIPNI_SCREENSHOT === '1') {
        await mkdir(dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT, fullPage: true });
      }
    } finally {
      await browser.close();
    }
  });
});

// ---------- the agent's own export ----------

describe("the agent's own export, without company policy", () => {
  it('saves the finished day in the downloads folder, exactly as the options page shows it', async () => {
    const home = await mkdtemp(join(tmpdir(), 'laipni-home-'));
    // A HOME of its own: the browser's downloads folder is <HOME>/Downloads.
    const harness = await startHarness({ chromiumEnv: { HOME: home } });
    try {
      // Playwright takes downloads over (its own folder, names replaced); give them back to the
      // browser, so the file lands where and as the agent's browser saves it.
      const blank = await harness.context.newPage();
      const cdp = await harness.context.newCDPSession(blank);
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });

      await writeSettings(harness, {
        agentName: 'Anna',
        agentSurname: 'Ozola',
        company: 'SIA Zaļā Enerģija',
      });
      // The agent switches it on (the test build already holds the downloads permission the
      // click asks for).
      const options = await openOptions(harness, 'stats');
      await options.getByTestId('personal-export-switch').check();
      await options.getByTestId('personal-last-saved').waitFor();

      const page = await harness.open('/demo/');
      await workOneCall(page, ANNA);
      const today = localDay(Date.now());
      await options.bringToFront();
      await options.getByTestId('activity-day').fill(today);
      const preview = options.getByTestId('activity-preview');
      await expect
        .poll(async () =>
          ruleRow(
            JSON.parse((await preview.textContent()) || '{}') as Partial<ActivityFile>,
            'es-nezinu',
          ),
        )
        .toMatchObject({ flagged: 1, accepted: 1 });
      const seen = JSON.parse((await preview.textContent()) ?? '') as Record<string, unknown>;

      const sent = await harness.worker.evaluate(
        (time) =>
          (
            globalThis as unknown as { laipniActivity: ActivityTestHook }
          ).laipniActivity.sendFinishedDays(time),
        Date.now() + DAY_MS,
      );
      expect(sent).toEqual([]); // nothing goes to any company URL
      // The browser's own record of the download: complete, and where it went.
      const savedPath = () =>
        harness.worker.evaluate(
          async () =>
            (
              await chrome.downloads.search({ filenameRegex: 'laipni-activity', state: 'complete' })
            )[0]?.filename ?? '',
        );
      await expect.poll(savedPath).not.toBe('');
      const path = await savedPath();
      expect(path).toBe(
        join(home, 'Downloads', 'laipni-activity', String(seen.agentId), `${today}.json`),
      );
      expect(seen.agentId).toMatch(/^agent-[0-9a-f]{16}$/);
      const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      expect({ ...file, generatedAt: null }).toEqual({ ...seen, generatedAt: null });
      await expect
        .poll(() => options.getByTestId('personal-last-saved').textContent())
        .toContain(today);
    } finally {
      await harness.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});

// ---------- small readers ----------

interface ActivityFile {
  rules: Array<{ ruleId: string; flagged: number; accepted: number; ignored: number }>;
  checklist: Array<{ checklist: string; itemId: string; done: number; missed: number }>;
}

function ruleRow(file: Partial<ActivityFile> | undefined, ruleId: string) {
  return file?.rules?.find((r) => r.ruleId === ruleId);
}

/** `YYYY-MM-DD` in local time, as the extension names days. */
function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The report's CSV (no quoted commas in these ids) as objects by column. */
function parseCsv(text: string): Array<Record<string, string>> {
  const [head, ...lines] = text.trim().split('\r\n');
  const columns = (head ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}
