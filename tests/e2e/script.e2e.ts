import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openOptions } from './options-page';
import { startPackServer } from './pack-server';
import { openSidebar, screenshot, seriousAxeViolations, writeSettings } from './sidebar-helpers';

let harness: Harness;

const AGENT = { agentName: 'Anna', agentSurname: 'Ozola', company: 'SIA Zaļā Enerģija' };

beforeAll(async () => {
  harness = await startHarness();
  await writeSettings(harness, AGENT);
});
afterAll(async () => {
  await harness?.close();
});

const hook = (sidebar: FrameLocator, name: string) => sidebar.locator(`[data-laipni="${name}"]`);
const step = (sidebar: FrameLocator) => hook(sidebar, 'script-step');
const stepId = (sidebar: FrameLocator) => step(sidebar).getAttribute('data-step');
const answer = (sidebar: FrameLocator, id: string) =>
  sidebar.locator(`[data-laipni="script-answer"][data-answer="${id}"]`);
const capture = (sidebar: FrameLocator, field: string) =>
  sidebar.locator(`[data-laipni="script-capture"][data-field="${field}"]`);

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** A request to the background from an extension page, as the options page sends it. */
async function send(page: Page, name: string, payload: unknown): Promise<unknown> {
  const reply = (await page.evaluate((message) => chrome.runtime.sendMessage(message), {
    laipni: 1,
    name,
    payload,
  })) as { ok: boolean; value?: unknown; message?: string };
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  return reply.value;
}

/** A team pack (laipni-pack/2) with one short outbound script; `hello` is its first line. */
function teamPack(version: string, hello: string) {
  return JSON.stringify({
    format: 'laipni-pack/2',
    id: 'team.e2e',
    name: 'E2E komanda',
    version,
    author: 'Vadītāja',
    language: 'lv',
    changelog: [{ version, notes: { lv: 'Skripts', en: 'Script' } }],
    rules: [],
    scripts: [
      {
        id: 'team-survey',
        name: { lv: 'Komandas aptauja', en: 'Team survey' },
        appliesTo: { direction: 'outbound' },
        start: 'hello',
        steps: [
          {
            id: 'hello',
            title: { lv: 'Sveiciens', en: 'Greeting' },
            phase: 'opening',
            say: [hello],
            next: 'bye',
          },
          {
            id: 'bye',
            title: { lv: 'Atvadas', en: 'Goodbye' },
            phase: 'closing',
            say: ['Paldies par sarunu! Jauku dienu!'],
            outcomes: ['done'],
          },
        ],
        outcomes: [{ id: 'done', label: { lv: 'Pabeigts', en: 'Done' } }],
        note: 'Aptauja. Iznākums: {outcome}. Gaita: {path}.',
      },
    ],
  });
}

/** Opens the sidebar's script panel. */
async function scriptPanel(page: Page): Promise<FrameLocator> {
  const sidebar = await openSidebar(page);
  await sidebar.locator('[data-laipni="view-tab"][data-view="script"]').click();
  await hook(sidebar, 'script').waitFor();
  return sidebar;
}

/** The demo CRM's own model of its notes field: what its `input` listener last saw. */
async function watchCrmModel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const notes = document.querySelector<HTMLTextAreaElement>('#notes');
    const crm = window as unknown as { crmNotes?: string };
    crm.crmNotes = notes?.value ?? '';
    notes?.addEventListener('input', () => (crm.crmNotes = notes.value));
  });
}
const crmModel = (page: Page) =>
  page.evaluate(() => (window as unknown as { crmNotes?: string }).crmNotes ?? '');

/** Types into a capture field and leaves it (the value is checked on leaving). */
async function fill(sidebar: FrameLocator, field: string, text: string) {
  const input = capture(sidebar, field).locator('input');
  await input.fill(text);
  await input.press('Tab');
}

describe('a guided call script in the sidebar on the demo CRM', () => {
  it('an outbound call with the built-in script: branches by button and key, an objection and back, captures, not said yet, the call note into the notes field', async () => {
    const page = await harness.open('/demo/');
    await watchCrmModel(page);
    const sidebar = await scriptPanel(page);

    // No call yet: the outbound script is offered first for an outbound call.
    await sidebar.locator('input[name="sb-script-direction"][value="outbound"]').check();
    const pick = hook(sidebar, 'script-pick');
    await expect
      .poll(() => pick.locator('[data-script]').first().getAttribute('data-script'))
      .toBe('outbound-offer');
    expect(
      await pick.locator('[data-script="outbound-offer"]').getAttribute('data-recommended'),
    ).toBe('true');
    await pick.locator('[data-script="outbound-offer"]').click();
    await sidebar.locator('[data-laipni="call"]').waitFor();

    // The first step, slots filled: the customer in the vocative, the agent and company.
    await expect.poll(() => stepId(sidebar)).toBe('intro');
    const say = hook(sidebar, 'script-say');
    await expect.poll(() => say.textContent()).toContain(', Jāni Bērziņ! Mans vārds');
    expect(await say.textContent()).toContain('Mans vārds ir Anna Ozola, zvanu no SIA Zaļā');
    expect(await say.textContent()).not.toContain('{');
    await screenshot(page, 'script-step');

    // Alt+→ goes on twice (past the recording notice, not ticked); key 1 answers "yes".
    await step(sidebar).focus();
    await step(sidebar).press('Alt+ArrowRight');
    await expect.poll(() => stepId(sidebar)).toBe('recording');
    await step(sidebar).press('Alt+ArrowRight');
    await expect.poll(() => stepId(sidebar)).toBe('time-check');
    await step(sidebar).press('1');
    await expect.poll(() => stepId(sidebar)).toBe('purpose');
    // Alt+← goes back, Alt+→ forward again.
    await step(sidebar).press('Alt+ArrowLeft');
    await expect.poll(() => stepId(sidebar)).toBe('time-check');
    await step(sidebar).press('Alt+ArrowRight');
    await expect.poll(() => stepId(sidebar)).toBe('purpose');
    // A button answers the next branch.
    await answer(sidebar, 'interested').click();
    await expect.poll(() => stepId(sidebar)).toBe('needs');
    const crumbs = sidebar.locator('[data-laipni="script-crumb"]');
    expect(await crumbs.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual([
      'intro',
      'recording',
      'time-check',
      'purpose',
      'needs',
    ]);

    // An objection card, then back to the step the agent was on.
    await sidebar.locator('[data-laipni="script-objection"][data-objection="expensive"]').click();
    const card = hook(sidebar, 'script-objection-card');
    await card.waitFor();
    expect(await step(sidebar).count()).toBe(0);
    expect(
      (await card.locator('[data-laipni="script-say"]').textContent())?.length,
    ).toBeGreaterThan(10);
    await screenshot(page, 'script-objection');
    await hook(sidebar, 'script-return').click();
    await expect.poll(() => stepId(sidebar)).toBe('needs');

    await step(sidebar).press('Alt+ArrowRight');
    await expect.poll(() => stepId(sidebar)).toBe('offer');
    await fill(sidebar, 'offerPrice', '12,5');
    await expect
      .poll(() => capture(sidebar, 'offerPrice').locator('input').inputValue())
      .toBe('12,5');
    // Key 2: "think about it" leads to scheduling a call-back.
    await step(sidebar).press('2');
    await expect.poll(() => stepId(sidebar)).toBe('schedule');

    // A date that does not exist is refused with a Latvian reason, and kept in the field.
    await fill(sidebar, 'callbackDate', '31.02.2027');
    const refusal = capture(sidebar, 'callbackDate').locator(
      '[data-laipni="script-capture-error"]',
    );
    await expect.poll(() => refusal.textContent()).toContain('tāda datuma nav: 31.02.2027');
    expect(await capture(sidebar, 'callbackDate').locator('input').inputValue()).toBe('31.02.2027');
    expect(
      await capture(sidebar, 'callbackDate').locator('input').getAttribute('aria-invalid'),
    ).toBe('true');
    await screenshot(page, 'script-capture-refused');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await fill(sidebar, 'callbackDate', '15.01.2027');
    await expect.poll(() => refusal.count()).toBe(0);
    await fill(sidebar, 'callbackTime', 'pēc 17:00');

    // Into the closing: the compliance step passed without saying it is listed first.
    await hook(sidebar, 'script-next').click();
    const missing = hook(sidebar, 'script-missing');
    await missing.waitFor();
    expect(
      await missing
        .locator(':scope > [data-step]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-step'))),
    ).toEqual(['recording']);
    expect(await stepId(sidebar)).toBe('schedule');
    await screenshot(page, 'script-not-said');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await missing.locator('[data-laipni="script-said"][data-step="recording"]').click();
    await expect.poll(() => stepId(sidebar)).toBe('goodbye');
    expect(await missing.count()).toBe(0);

    // The outcome: the call note, filled from the captures and the path.
    await sidebar.locator('[data-laipni="script-outcome"][data-outcome="callback"]').click();
    const note = hook(sidebar, 'script-note');
    await note.waitFor();
    const text = await note.inputValue();
    expect(text).toContain('norunāts atzvans 15.01.2027 pēc 17:00');
    expect(text).toContain('Zvanīja: Anna Ozola');
    expect(text).not.toMatch(/\{\w+\}/);
    // The agent edits it before inserting.
    await note.press('End');
    await note.pressSequentially(' Klients vēlas rakstisku piedāvājumu.');
    await screenshot(page, 'script-note');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const notes = page.locator('#notes');
    await notes.fill('Iepriekšējā piezīme.');
    await watchCrmModel(page);
    await hook(sidebar, 'script-note-insert').click();
    await expect.poll(() => notes.inputValue()).toContain('norunāts atzvans 15.01.2027');
    const inserted = await notes.inputValue();
    expect(inserted.startsWith('Iepriekšējā piezīme.')).toBe(true);
    expect(inserted).toContain('Klients vēlas rakstisku piedāvājumu.');
    await expect.poll(() => crmModel(page)).toBe(inserted);
    // The insert is one undo step in the CRM's field.
    await notes.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => notes.inputValue()).toBe('Iepriekšējā piezīme.');
    await expect.poll(() => crmModel(page)).toBe('Iepriekšējā piezīme.');

    // Ending the call keeps the note until it is closed.
    await sidebar.locator('[data-laipni="call-end"]').click();
    await sidebar.locator('[data-laipni="call-end-confirm"]').click();
    await expect.poll(() => sidebar.locator('[data-laipni="call"]').count()).toBe(0);
    await note.waitFor();
    await hook(sidebar, 'script-note-dismiss').click();
    await expect.poll(() => note.count()).toBe(0);
    await page.close();
  });

  it('Insert puts the say-text into the focused CRM field, typing a step ticks it; ending the call lists what is not said yet', async () => {
    const page = await harness.open('/demo/');
    const sidebar = await scriptPanel(page);
    await sidebar.locator('input[name="sb-script-direction"][value="inbound"]').check();
    await hook(sidebar, 'script-pick').locator('[data-script="inbound-service"]').click();
    await expect.poll(() => stepId(sidebar)).toBe('greet');

    // Insert: into the chat reply the agent last worked in, through the field's own editing.
    const chat = page.locator('#chat-reply');
    await chat.click();
    const said = (await hook(sidebar, 'script-say').textContent()) ?? '';
    expect(said).toContain('mans vārds ir Anna Ozola');
    await hook(sidebar, 'script-insert').click();
    await expect.poll(() => chat.textContent()).toBe(said);
    // Inserted counts as said: the greeting's "I said it" shows pressed.
    await expect
      .poll(() => hook(sidebar, 'script-step-said').getAttribute('aria-pressed'))
      .toBe('true');

    // Typing the recording notice yourself ticks the legal step (as checklist items are).
    const progress = hook(sidebar, 'script-progress');
    const before = (await progress.textContent()) ?? '';
    await page.locator('#notes').click();
    await page.keyboard.type('Informēju, ka saruna tiek ierakstīta. ');
    await expect.poll(() => progress.textContent()).not.toBe(before);

    await sidebar.locator('[data-laipni="call-end"]').click();
    const missing = sidebar.locator(
      '[data-laipni="script-missing-end"] [data-laipni="script-missing"]',
    );
    await missing.waitFor();
    const listed = () =>
      missing
        .locator(':scope > [data-step]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
    const first = await listed();
    // Said steps are not listed; the rest of the checklist in script order.
    expect(first).not.toContain('greet');
    expect(first).not.toContain('recording');
    expect(first[0]).toBe('offer-help');
    expect(first).toContain('goodbye');
    await missing.locator('[data-laipni="script-said"][data-step="offer-help"]').click();
    await expect.poll(async () => (await listed()).includes('offer-help')).toBe(false);
    await sidebar.locator('[data-laipni="call-end-confirm"]').click();
    await expect.poll(() => sidebar.locator('[data-laipni="call"]').count()).toBe(0);
    await page.close();
  });

  it('a team pack with a script arrives by subscription and updates the open sidebar', async () => {
    const server = await startPackServer(
      teamPack('1.0.0', 'Labdien! Mans vārds ir {agentName}, zvanu no {company}.'),
    );
    try {
      const page = await harness.open('/demo/');
      const sidebar = await scriptPanel(page);
      await sidebar.locator('input[name="sb-script-direction"][value="outbound"]').check();
      const pick = hook(sidebar, 'script-pick');
      await pick.locator('[data-script="outbound-offer"]').waitFor();
      expect(await pick.locator('[data-script="team-survey"]').count()).toBe(0);

      const options = await openOptions(harness, 'packs');
      expect(await send(options, 'data:subscribe', { url: server.url })).toMatchObject({
        added: true,
        outcome: { status: 'updated', version: '1.0.0' },
      });
      // The open sidebar offers the team's script without a reload.
      await pick.locator('[data-script="team-survey"]').waitFor();
      await pick.locator('[data-script="team-survey"]').click();
      await expect.poll(() => stepId(sidebar)).toBe('hello');
      const say = hook(sidebar, 'script-say');
      await expect
        .poll(() => say.textContent())
        .toBe('Labdien! Mans vārds ir Anna, zvanu no SIA Zaļā Enerģija.');

      // The team lead changes the line; the running call shows the new wording at once.
      server.body = teamPack(
        '1.1.0',
        'Labdien! Mans vārds ir {agentName} {agentSurname}, zvanu no {company}.',
      );
      expect(await send(options, 'data:refresh-subscription', { url: server.url })).toMatchObject({
        outcomes: [{ status: 'updated', version: '1.1.0' }],
      });
      await expect
        .poll(() => say.textContent())
        .toBe('Labdien! Mans vārds ir Anna Ozola, zvanu no SIA Zaļā Enerģija.');
      expect(await stepId(sidebar)).toBe('hello');
      await screenshot(page, 'script-team-pack');

      await options.close();
      await sidebar.locator('[data-laipni="call-end"]').click();
      await sidebar.locator('[data-laipni="call-end-confirm"]').click();
      await expect.poll(() => sidebar.locator('[data-laipni="call"]').count()).toBe(0);
      await page.close();
    } finally {
      await server.stop();
    }
  });

  for (const language of ['lv', 'en'] as const) {
    it(`has no serious or critical accessibility violations in ${language}`, async () => {
      await writeSettings(harness, { ...AGENT, uiLanguage: language });
      const page = await harness.open('/demo/');
      const sidebar = await scriptPanel(page);
      await hook(sidebar, 'script-pick').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await hook(sidebar, 'script-pick').locator('[data-script="outbound-offer"]').click();
      // Earlier tests called this customer: the script opens at its repeat-call step.
      await expect.poll(() => stepId(sidebar)).toBe('intro-again');
      expect(await hook(sidebar, 'script-next').textContent()).toBe(
        language === 'en' ? 'Next' : 'Tālāk',
      );
      await hook(sidebar, 'script-next').click();
      await expect.poll(() => stepId(sidebar)).toBe('recording');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await sidebar.locator('[data-laipni="script-objection"]').first().click();
      await hook(sidebar, 'script-objection-card').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await hook(sidebar, 'script-return').click();
      await step(sidebar).waitFor();
      await sidebar.locator('[data-laipni="call-end"]').click();
      await sidebar.locator('[data-laipni="script-missing-end"]').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      if (language === 'en') await screenshot(page, 'script-english');
      // The confirm button arms only while its whole question is in view (Confirm.tsx); the
      // long list below it may have scrolled it partly away, as an agent would scroll it back.
      const confirm = sidebar.locator('[data-laipni="call-end-confirm"]');
      await sidebar
        .locator('[role="group"]:has([data-laipni="call-end-confirm"])')
        .scrollIntoViewIfNeeded();
      await expect
        .poll(async () => {
          if (await confirm.isEnabled()) await confirm.click();
          return sidebar.locator('[data-laipni="call"]').count();
        })
        .toBe(0);
      await page.close();
    });
  }
});
