import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { card, cardShown, finding } from './demo-card';
import { startHarness, type Harness } from './harness';
import { openSidebar, SIDEBAR, writeSettings } from './sidebar-helpers';

/**
 * A hostile page, its frames and other tabs try every trick a page script has against the
 * agent's data and the running call: reading every shadow root, the highlight registry and
 * `window.find`; typing by script into hidden fields; synthetic focus, caret, mouse and key
 * events; forging WXT's lifecycle events; framing our extension pages with guessed tokens;
 * making the sidebar see-through under the pointer. They must learn nothing and change nothing.
 * The agent's values here appear nowhere on the demo page itself.
 */

const AGENT = { agentName: 'Ilze', agentSurname: 'Kalniņa', company: 'SIA Slepenā Vērtība' };
/** The agent's values; and the CRM's customer, which pages other than the CRM must not learn. */
const AGENT_SECRETS = ['Kalniņa', 'Slepenā Vērtība'];
const ALL_SECRETS = [...AGENT_SECRETS, 'Bērziņ'];
const HOSTILE_SCRIPT = 'tests/e2e/fixtures/hostile/hostile.js';

interface HostileApi {
  readable(): string;
  typeByScript(selector: string, text: string): void;
  typeIntoHiddenField(text: string): void;
  finds(text: string): boolean;
  forgeLifecycleEvents(extensionId: string): void;
  frameOurPage(url: string, guesses: string[]): void;
}
declare const hostile: HostileApi;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await writeSettings(harness, AGENT);
});
afterAll(async () => {
  await harness?.close();
});

type Place = Page | Frame;

/** Which of `secrets` a script in `place` can read. */
async function leaked(place: Place, secrets = ALL_SECRETS): Promise<string[]> {
  const text = await place.evaluate(() => hostile.readable());
  const found = secrets.filter((secret) => text.includes(secret));
  for (const secret of secrets)
    if (await place.evaluate((s) => hostile.finds(s), secret)) found.push(`find:${secret}`);
  return found;
}

const item = (sidebar: FrameLocator, id: string) =>
  sidebar.locator(`[data-laipni="check-item"][data-item="${id}"]`);
const checked = (sidebar: FrameLocator, id: string) =>
  item(sidebar, id).getAttribute('aria-checked');

const view = (sidebar: FrameLocator, name: string) =>
  sidebar.locator(`[data-laipni="view-tab"][data-view="${name}"]`);

/**
 * No call running and none in the log: every test's call is a first call with the opening
 * checklist (a call of the same contact soon after is a repeat call, with another checklist).
 */
async function noCalls(sidebar: FrameLocator): Promise<void> {
  await sidebar.locator('[data-laipni="call"], [data-laipni="call-start"]').first().waitFor();
  if ((await sidebar.locator('[data-laipni="call"]').count()) > 0) await endCall(sidebar);
  await view(sidebar, 'log').click();
  await sidebar.locator('[data-laipni="call-log"]').waitFor();
  if ((await sidebar.locator('[data-laipni="log-delete-all"]').count()) > 0) {
    await sidebar.locator('[data-laipni="log-delete-all"]').click();
    await sidebar.locator('[data-laipni="log-confirm-delete-all"]').click();
    await expect.poll(() => sidebar.locator('[data-laipni="log-entry"]').count()).toBe(0);
  }
  await view(sidebar, 'checklist').click();
}

/** The demo CRM with the hostile script in its own page, the sidebar open, a call running. */
async function crmWithCall(): Promise<{ page: Page; sidebar: FrameLocator }> {
  const page = await harness.open('/demo/');
  await page.addScriptTag({ path: HOSTILE_SCRIPT });
  const sidebar = await openSidebar(page);
  await noCalls(sidebar);
  await sidebar.locator('[data-laipni="call-start"][data-direction="inbound"]').click();
  await sidebar.locator('[data-laipni="call"]').waitFor();
  return { page, sidebar };
}

async function endCall(sidebar: FrameLocator): Promise<void> {
  await sidebar.locator('[data-laipni="call-end"]').click();
  await sidebar.locator('[data-laipni="call-end-confirm"]').click();
  await expect.poll(() => sidebar.locator('[data-laipni="call"]').count()).toBe(0);
}

/**
 * The agent types, for real, a sentence that ticks «open-name». Its tick is the point by which
 * anything the page did before has been seen and handled by the same frame and background.
 */
async function agentIntroducesHerself(page: Page, sidebar: FrameLocator): Promise<void> {
  await page.locator('#notes').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mans vārds ir Ilze Kalniņa.');
  await expect.poll(() => checked(sidebar, 'open-name')).toBe('true');
}

describe('a hostile CRM page, its frames and other tabs', () => {
  it('the CRM page reads none of the agent’s values, though the card shows them to the agent', async () => {
    const { page, sidebar } = await crmWithCall();
    await page.locator('#notes').click();
    await page.keyboard.type('Atkal zvanu es! Okei.');
    await page.locator('laipni-ui >> [data-laipni="badge"]').click();
    // The agent sees her name and company filled in, inside the card's extension frame.
    const suggestions = finding(page, 'repeat-call-atkal-es').locator('[data-laipni="suggestion"]');
    await expect
      .poll(() => suggestions.allTextContents())
      .toContainEqual(expect.stringContaining('Ilze Kalniņa, SIA Slepenā Vērtība'));
    // The page's script finds none of it: not in the DOM or any open shadow root, not in the
    // highlights, not with window.find, not in messages posted to it, not in frame URLs. (The
    // customer's name is the CRM's own.)
    expect(await leaked(page, AGENT_SECRETS)).toEqual([]);
    const frameSrc = await page.locator(SIDEBAR).getAttribute('src');
    expect(frameSrc).not.toMatch(/[#?]/);
    expect(
      await page.locator('laipni-ui >> iframe[data-laipni="card-frame"]').getAttribute('src'),
    ).not.toMatch(/[#?]/);
    // Nor can it reach into the card's frame.
    expect(
      await page.evaluate(() => {
        const frame = document
          .querySelector('laipni-ui')
          ?.shadowRoot?.querySelector('iframe[data-laipni="card-frame"]') as HTMLIFrameElement;
        try {
          return frame.contentDocument?.body.textContent ?? null;
        } catch {
          return null;
        }
      }),
    ).toBeNull();
    await endCall(sidebar);
    await page.close();
  });

  it('typing by script into a hidden field, with synthetic events, opens nothing and ticks nothing', async () => {
    const { page, sidebar } = await crmWithCall();
    await page.evaluate(() =>
      hostile.typeIntoHiddenField('Labdien! Kā varu jums palīdzēt? Es nezinu. OKEI, ČAU!'),
    );
    await agentIntroducesHerself(page, sidebar);
    // The page's own "typing" ticked nothing, counted nothing, drew nothing.
    expect(await checked(sidebar, 'open-greeting')).toBe('false');
    expect(await checked(sidebar, 'open-offer-help')).toBe('false');
    expect(await cardShown(page)).toBe(false);
    const highlightedInTrap = await page.evaluate(() => {
      const trap = document.getElementById('trap');
      const highlights = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...highlights.values()].some((set) =>
        [...set].some((range) => trap?.contains(range.startContainer) ?? false),
      );
    });
    expect(highlightedInTrap).toBe(false);
    await endCall(sidebar);
    await view(sidebar, 'log').click();
    const newest = sidebar.locator('[data-laipni="log-entry"]').first();
    await expect.poll(() => newest.textContent()).toContain('Atzīmētas frāzes: 0,');
    await page.close();
  });

  it('a forged WXT lifecycle event or stale check does not switch checking off', async () => {
    const page = await harness.open('/demo/');
    await page.addScriptTag({ path: HOSTILE_SCRIPT });
    await page.locator('#notes').click();
    await page.keyboard.type('Labdien. ');
    await page.evaluate((id) => hostile.forgeLifecycleEvents(id), harness.extensionId);
    await page.keyboard.type('Es nezinu.');
    const badge = page.locator('laipni-ui >> [data-laipni="badge"]');
    await expect.poll(() => badge.isVisible()).toBe(true);
    await page.close();
  });

  it('another tab learns nothing of the call and cannot tick it, even when the agent types there', async () => {
    const { page: crm, sidebar } = await crmWithCall();
    const other = await harness.open('/fixtures/hostile/index.html');
    await other.evaluate(() =>
      hostile.typeByScript('#comment', 'Labdien! Kā varu jums palīdzēt? Okei.'),
    );
    // The agent herself types a greeting in the other tab: still not this call's work.
    await other.locator('#comment').click();
    await other.keyboard.type(' Labdien! Okei.');
    await other.locator('laipni-ui >> [data-laipni="badge"]').click();
    await expect.poll(() => cardShown(other)).toBe(true);
    expect(await leaked(other)).toEqual([]);

    await crm.bringToFront();
    await agentIntroducesHerself(crm, sidebar);
    expect(await checked(sidebar, 'open-greeting')).toBe('false');
    expect(await checked(sidebar, 'open-offer-help')).toBe('false');
    await endCall(sidebar);
    await other.close();
    await crm.close();
  });

  it('a frame of another site in the CRM tab cannot tick the call or capture the agent’s inserts', async () => {
    const { page, sidebar } = await crmWithCall();
    const widgetUrl = `${harness.origin.replace('localhost', '127.0.0.1')}/fixtures/hostile/index.html`;
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'widget';
      frame.src = src;
      frame.style.cssText = 'width:400px;height:200px';
      document.body.prepend(frame);
    }, widgetUrl);
    await expect.poll(() => page.frames().some((f) => f.url() === widgetUrl)).toBe(true);
    const widget = page.frames().find((f) => f.url() === widgetUrl) as Frame;
    await widget.waitForFunction(() => 'hostile' in window);
    await widget.evaluate(() =>
      hostile.typeByScript('#comment', 'Labdien! Kā varu jums palīdzēt?'),
    );

    // The agent types in the CRM's notes, then the widget "types" again, as if it were the
    // field the agent is working in; then the agent inserts a phrase from the sidebar.
    await agentIntroducesHerself(page, sidebar);
    await widget.evaluate(() => hostile.typeByScript('#comment', ' Okei.'));
    await view(sidebar, 'library').click();
    const library = sidebar.locator('[data-laipni="library"]');
    await library.locator('[data-laipni="library-search"]').fill('noskaidr');
    await library.locator('[data-laipni="phrase"]').click();
    await expect.poll(() => page.locator('#notes').inputValue()).toContain('Es noskaidrošu');
    expect(await widget.locator('#comment').inputValue()).not.toContain('noskaidrošu');
    expect(await checked(sidebar, 'open-greeting')).toBe('false');
    expect(await leaked(widget)).toEqual([]);
    await endCall(sidebar);
    await page.close();
  });

  it('the sidebar cannot be stolen: no token in its URL, a page-made copy with guessed tokens stays empty', async () => {
    const page = await harness.open('/demo/');
    await page.addScriptTag({ path: HOSTILE_SCRIPT });
    const sidebar = await openSidebar(page);
    await noCalls(sidebar);
    const src = (await page.locator(SIDEBAR).getAttribute('src')) ?? '';
    expect(src).toMatch(/^chrome-extension:\/\/[^/]+\/sidebar\.html$/);
    await page.evaluate(
      (url) => hostile.frameOurPage(url, ['guess', 'a'.repeat(43), '', 'token', 'x'.repeat(64)]),
      src,
    );
    const stolen = page.frameLocator('#stolen');
    await expect.poll(() => stolen.locator('html[data-laipni-embed="refused"]').count()).toBe(1);
    expect(await stolen.locator('[data-laipni="sidebar-app"]').count()).toBe(0);
    // The real sidebar still works.
    await sidebar.locator('[data-laipni="call-start"][data-direction="inbound"]').click();
    await sidebar.locator('[data-laipni="call"]').waitFor();
    await endCall(sidebar);
    await page.close();
  });

  it('a see-through sidebar cannot be clicked through: the confirmation stays disarmed until it is really seen', async () => {
    const { page, sidebar } = await crmWithCall();
    await page.locator(SIDEBAR).evaluate((frame: HTMLElement) => (frame.style.opacity = '0.2'));
    await sidebar.locator('[data-laipni="call-end"]').click();
    const confirm = sidebar.locator('[data-laipni="call-end-confirm"]');
    await confirm.waitFor();
    await sidebar.getByText('apstiprināt var tikai tad, kad tas ir pilnībā redzams').waitFor();
    expect(await confirm.isDisabled()).toBe(true);
    await page.locator(SIDEBAR).evaluate((frame: HTMLElement) => (frame.style.opacity = '1'));
    await expect.poll(() => confirm.isDisabled()).toBe(false);
    await confirm.click();
    await expect.poll(() => sidebar.locator('[data-laipni="call"]').count()).toBe(0);
    await page.close();
  });

  it('a flood of script-typed shouting adds no statistics rows', async () => {
    const stats = await harness.context.newPage();
    await stats.goto(`chrome-extension://${harness.extensionId}/options.html`);
    /** The statistics rows, as «rule form» (earlier tests' typing is in them too). */
    const rows = () =>
      stats.evaluate(
        () =>
          new Promise<string[]>((done, fail) => {
            const open = indexedDB.open('laipni');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const request = open.result
                .transaction('ruleStats')
                .objectStore('ruleStats')
                .getAll();
              request.onsuccess = () => {
                open.result.close();
                const all = request.result as Array<{ ruleId: string; form: string }>;
                done(all.map((row) => `${row.ruleId} ${row.form}`));
              };
            };
          }),
      );
    const before = await rows();
    const page = await harness.open('/fixtures/hostile/index.html');
    await page.evaluate(() => {
      const words = ['NEKAVĒJOTIES', 'TŪLĪT', 'SAMAKSĀJIET', 'VISU', 'RĒĶINU'];
      let text = '';
      for (let i = 0; i < 400; i++) text += `${words[i % 5]} ${i} ${words[(i + 2) % 5]}! `;
      hostile.typeByScript('#comment', text);
    });
    // The agent's own flagged phrase is recorded: the sign that reports have been sent.
    await page.locator('#comment').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Es nezinu.');
    await expect
      .poll(() => page.locator('laipni-ui >> [data-laipni="badge"]').isVisible())
      .toBe(true);
    await page.locator('laipni-ui >> [data-laipni="badge"]').click();
    await card(page).waitFor();
    const added = async () => (await rows()).filter((row) => !before.includes(row));
    await expect
      .poll(async () => (await added()).join(' | '), { timeout: 15_000 })
      .toBe('es-nezinu es nezinu');
    // The background added to each rule's day total in the same write: totals = the rows' sums.
    const sums = await stats.evaluate(
      () =>
        new Promise<{ fromRows: string[]; totals: string[] }>((done, fail) => {
          const open = indexedDB.open('laipni');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['ruleStats', 'ruleDayTotals']);
            const rowsRequest = tx.objectStore('ruleStats').getAll();
            const totalsRequest = tx.objectStore('ruleDayTotals').getAll();
            type Counts = { day: string; ruleId: string; flagged: number; accepted: number };
            tx.oncomplete = () => {
              open.result.close();
              const summed = new Map<string, number[]>();
              for (const row of rowsRequest.result as Counts[]) {
                const key = `${row.day} ${row.ruleId}`;
                const [flagged = 0, accepted = 0] = summed.get(key) ?? [];
                summed.set(key, [flagged + row.flagged, accepted + row.accepted]);
              }
              done({
                fromRows: [...summed].map(([key, [f, a]]) => `${key} ${f} ${a}`).sort(),
                totals: (totalsRequest.result as Counts[])
                  .map((t) => `${t.day} ${t.ruleId} ${t.flagged} ${t.accepted}`)
                  .sort(),
              });
            };
          };
        }),
    );
    expect(sums.totals.some((t) => t.includes(' es-nezinu '))).toBe(true);
    expect(sums.totals).toEqual(sums.fromRows);
    await stats.close();
    await page.close();
  });
});
