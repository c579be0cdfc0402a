import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefoxHarness, type FirefoxHarness } from './harness';
import { checkItem, endCall, openSidebar, startCall } from './sidebar';

/** A call in the sidebar on the demo CRM, in Firefox (tests/e2e/call.e2e.ts in Chromium). */

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
  await harness.writeSettings({
    agentName: 'Anna',
    agentSurname: 'Ozola',
    company: 'SIA Zaļā Enerģija',
  });
});
afterAll(async () => {
  await harness?.close();
});

describe('a call in the sidebar on the demo CRM (Firefox)', () => {
  it('ticks the opening from typed text, shows and applies a finding, ends the call', async () => {
    const page = await harness.open('/demo/');
    const sidebar = await openSidebar(harness, page);
    await startCall(sidebar, 'inbound');
    expect(await sidebar.attribute('[data-laipni="call"]', 'data-phase')).toBe('opening');

    await page.click('#notes');
    await page.keyboard.type('Labdien! Mans vārds ir Anna Ozola, SIA Zaļā Enerģija. ');
    for (const id of ['open-greeting', 'open-name', 'open-company']) {
      await expect.poll(() => sidebar.attribute(checkItem(id), 'aria-checked')).toBe('true');
    }
    expect(await sidebar.attribute(checkItem('open-offer-help'), 'aria-checked')).toBe('false');

    await page.keyboard.type('Es nezinu.');
    const suggestion = '[data-laipni="finding"][data-rule="es-nezinu"] [data-laipni="suggestion"]';
    const replacement = await sidebar.text(suggestion);
    expect(replacement.length).toBeGreaterThan(0);
    await sidebar.click(suggestion);
    const notes = () => page.$eval('#notes', (el) => (el as HTMLTextAreaElement).value);
    await expect.poll(notes).not.toContain('Es nezinu');
    // The replacement's first word (an apply at a sentence start capitalises it).
    const firstWord = replacement.replace(/…/g, '').trim().split(' ')[0] ?? '';
    expect((await notes()).toLowerCase()).toContain(firstWord.toLowerCase());

    // The closing ticks itself too and moves the phase.
    await page.click('#notes');
    await page.keyboard.press('End');
    await page.keyboard.type(' Vai varu vēl kā palīdzēt?');
    await expect
      .poll(() => sidebar.attribute(checkItem('close-more-help'), 'aria-checked'))
      .toBe('true');
    await expect
      .poll(() => sidebar.attribute('[data-laipni="call"]', 'data-phase'))
      .toBe('closing');
    await endCall(sidebar);
    expect(harness.errors.get(page)).toEqual([]);
    await page.close();
  });
});
