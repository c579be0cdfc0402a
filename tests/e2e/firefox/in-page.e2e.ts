import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_FRAME, startFirefoxHarness, type FirefoxHarness } from './harness';
import { BADGE, isShown, press } from './page-input';

/** The demo CRM page in Firefox: badge, the card in its extension frame, apply, undo. */

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
});
afterAll(async () => {
  await harness?.close();
});

const FINDING = (rule: string) => `[data-laipni="finding"][data-rule="${rule}"]`;

describe('in the demo CRM page (Firefox)', () => {
  it('flags «Es nezinu» in the notes textarea, replaces it undo-safely from the card', async () => {
    const page = await harness.open('/demo/');
    await page.click('#notes');
    const typed = 'Klientam teicu: Es nezinu. Pārbaudīšu rīt.';
    await page.keyboard.type(typed);

    await expect.poll(async () => isShown(await page.$(BADGE))).toBe(true);
    await page.click(BADGE);
    const card = await harness.frame(page, CARD_FRAME);
    const suggestion = `${FINDING('es-nezinu')} button[data-laipni="suggestion"]`;
    const replacement = await card.text(suggestion);
    expect(replacement.length).toBeGreaterThan(0);
    await card.click(suggestion);

    const value = () => page.$eval('#notes', (el) => (el as HTMLTextAreaElement).value);
    await expect.poll(value).toContain(replacement);
    expect(await value()).not.toContain('Es nezinu');
    const caret = await page.$eval('#notes', (el) => (el as HTMLTextAreaElement).selectionStart);
    const slot = replacement.indexOf('…');
    const text = await value();
    expect(caret).toBe(text.indexOf(replacement) + (slot === -1 ? replacement.length : slot));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');

    await press(page, 'Control+z');
    await expect.poll(value).toBe(typed);
    await press(page, 'Control+z');
    await expect.poll(async () => (await value()).length).toBeLessThan(typed.length);
    expect(harness.errors.get(page)).toEqual([]);
    await page.close();
  });

  it('opens the card at the caret in the contenteditable chat box and applies with Alt+Enter', async () => {
    const page = await harness.open('/demo/');
    await page.click('#chat-reply');
    await page.keyboard.type('Čau! Mēs to nevaram izdarīt.');
    await expect.poll(async () => isShown(await page.$(BADGE))).toBe(true);
    // Put the caret inside «nevaram»: the card opens for that finding.
    await page.keyboard.press('Home');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    const card = await harness.frame(page, CARD_FRAME);
    await card.waitFor('[data-laipni="finding"]');
    expect(await card.attribute('[data-laipni="finding"]', 'data-rule')).toBe('cannot-do');
    await press(page, 'Alt+Enter');
    const chat = () => page.$eval('#chat-reply', (el) => el.textContent ?? '');
    await expect.poll(chat).not.toContain('nevaram');
    await page.keyboard.press('Escape');
    await press(page, 'Control+z');
    await expect.poll(chat).toContain('nevaram');
    expect(harness.errors.get(page)).toEqual([]);
    await page.close();
  });

  it('closes the card with Escape and keeps focus in the field', async () => {
    const page = await harness.open('/demo/');
    await page.click('#notes');
    await page.keyboard.type('hallo, es nezinu');
    await expect.poll(async () => isShown(await page.$(BADGE))).toBe(true);
    await page.click(BADGE);
    const cardFrame = 'laipni-ui >>> iframe[data-laipni="card-frame"]';
    await expect.poll(async () => isShown(await page.$(cardFrame))).toBe(true);
    const card = await harness.frame(page, CARD_FRAME);
    await card.waitFor('[data-laipni="card"]');
    await page.keyboard.press('Escape');
    await expect.poll(async () => isShown(await page.$(cardFrame))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
    await page.close();
  });
});
