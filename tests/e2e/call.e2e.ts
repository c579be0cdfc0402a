import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openSidebar, screenshot, seriousAxeViolations, writeSettings } from './sidebar-helpers';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await writeSettings(harness, {
    agentName: 'Anna',
    agentSurname: 'Ozola',
    company: 'SIA Zaļā Enerģija',
  });
});
afterAll(async () => {
  await harness?.close();
});

const item = (sidebar: FrameLocator, id: string) =>
  sidebar.locator(`[data-laipni="check-item"][data-item="${id}"]`);
const callOf = (sidebar: FrameLocator) => sidebar.locator('[data-laipni="call"]');

async function startCall(sidebar: FrameLocator, direction: 'inbound' | 'outbound') {
  await sidebar.locator(`[data-laipni="call-start"][data-direction="${direction}"]`).click();
  await callOf(sidebar).waitFor();
}

async function endCall(sidebar: FrameLocator) {
  await sidebar.locator('[data-laipni="call-end"]').click();
  await sidebar.locator('[data-laipni="call-end-confirm"]').click();
  await expect.poll(() => callOf(sidebar).count()).toBe(0);
}

describe('a call in the sidebar on the demo CRM', () => {
  it('ticks the opening from typed text, shows and applies a finding, then a repeat call', async () => {
    const page = await harness.open('/demo/');
    const sidebar = await openSidebar(page);
    await startCall(sidebar, 'inbound');
    expect(await callOf(sidebar).getAttribute('data-phase')).toBe('opening');
    await expect
      .poll(() => sidebar.locator('[data-laipni="call-timer"]').textContent())
      .toMatch(/^0:0[1-9]$/);

    const notes = page.locator('#notes');
    await notes.click();
    await page.keyboard.type('Labdien! Mans vārds ir Anna Ozola, SIA Zaļā Enerģija. ');
    for (const id of ['open-greeting', 'open-name', 'open-company']) {
      await expect.poll(() => item(sidebar, id).getAttribute('aria-checked')).toBe('true');
    }
    expect(await item(sidebar, 'open-offer-help').getAttribute('aria-checked')).toBe('false');
    await screenshot(page, 'call-opening-ticked');

    await page.keyboard.type('Es nezinu.');
    const finding = sidebar.locator('[data-laipni="finding"][data-rule="es-nezinu"]');
    await finding.waitFor();
    const suggestion = finding.locator('button[data-laipni="suggestion"]').first();
    const replacement = (await suggestion.textContent()) ?? '';
    expect(replacement.length).toBeGreaterThan(0);
    await screenshot(page, 'call-finding');
    await suggestion.click();
    await expect.poll(() => notes.inputValue()).not.toContain('Es nezinu');
    // The replacement's first word (an apply at a sentence start capitalises it).
    const firstWord = replacement.replace(/…/g, '').trim().split(' ')[0] ?? '';
    expect((await notes.inputValue()).toLowerCase(), replacement).toContain(
      firstWord.toLowerCase(),
    );

    // The closing ticks itself too and moves the phase.
    await notes.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Vai varu vēl kā palīdzēt?');
    await expect
      .poll(() => item(sidebar, 'close-more-help').getAttribute('aria-checked'))
      .toBe('true');
    await expect.poll(() => callOf(sidebar).getAttribute('data-phase')).toBe('closing');

    await endCall(sidebar);
    await startCall(sidebar, 'inbound');
    const repeat = sidebar.locator('[data-laipni="repeat-call"]');
    await repeat.waitFor();
    expect(await repeat.getAttribute('data-outcome')).toBe('completed');
    expect(await repeat.textContent()).toContain('Atkārtots zvans');
    await item(sidebar, 'repeat-introduce-again').waitFor();
    expect(await item(sidebar, 'open-greeting').count()).toBe(0);
    await screenshot(page, 'call-repeat');
    await endCall(sidebar);
    await page.close();
  });

  it('keeps the call running across a page reload', async () => {
    const page = await harness.open('/demo/');
    let sidebar = await openSidebar(page);
    await startCall(sidebar, 'outbound');
    const callId = await callOf(sidebar).getAttribute('data-call');
    await sidebar.locator('[data-laipni="phase"][data-phase="body"]').click();
    await expect.poll(() => callOf(sidebar).getAttribute('data-phase')).toBe('body');

    await page.reload();
    // The site remembers the sidebar open, so the reloaded page shows it again by itself.
    sidebar = await openSidebar(page);
    await callOf(sidebar).waitFor();
    expect(await callOf(sidebar).getAttribute('data-call')).toBe(callId);
    expect(await callOf(sidebar).getAttribute('data-phase')).toBe('body');
    await expect
      .poll(() => sidebar.locator('[data-laipni="call-timer"]').textContent())
      .not.toBe('0:00');
    await screenshot(page, 'call-after-reload');
    await endCall(sidebar);
    await page.close();
  });

  it('a dropped outbound call leaves a call-back reminder until it is dismissed', async () => {
    const page = await harness.open('/demo/');
    const sidebar = await openSidebar(page);
    await startCall(sidebar, 'outbound');
    await sidebar.locator('[data-laipni="call-dropped"]').click();
    await sidebar.locator('[data-laipni="call-dropped-confirm"]').click();
    const reminder = sidebar.locator('[data-laipni="callback-reminder"]');
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Jānis Bērziņš');
    await screenshot(page, 'call-dropped-reminder');

    await page.reload();
    const again = await openSidebar(page);
    await again.locator('[data-laipni="callback-reminder"]').waitFor();
    await again.locator('[data-laipni="callback-dismiss"]').click();
    await expect.poll(() => again.locator('[data-laipni="callback-reminder"]').count()).toBe(0);
    await page.close();
  });

  it('has no serious or critical accessibility violations during a call', async () => {
    const page = await harness.open('/demo/');
    const sidebar = await openSidebar(page);
    await startCall(sidebar, 'inbound');
    await page.locator('#notes').click();
    await page.keyboard.type('Labdien! Es nezinu.');
    await sidebar.locator('[data-laipni="finding"]').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await endCall(sidebar);
    await page.close();
  });
});
