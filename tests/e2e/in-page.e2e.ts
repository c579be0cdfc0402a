import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { card, cardShown, finding } from './demo-card';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const ui = (page: Page, selector: string) => page.locator(`laipni-ui >> ${selector}`);

describe('in the demo CRM page', () => {
  it('flags «Es nezinu» in the notes textarea, replaces it undo-safely from the card', async () => {
    const page = await harness.open('/demo/');
    const notes = page.locator('#notes');
    await notes.click();
    const typed = 'Klientam teicu: Es nezinu. Pārbaudīšu rīt.';
    await page.keyboard.type(typed);

    await expect.poll(() => ui(page, '[data-laipni="badge"]').isVisible()).toBe(true);
    await ui(page, '[data-laipni="badge"]').click();
    const flagged = finding(page, 'es-nezinu');
    await flagged.waitFor();
    const suggestion = flagged.locator('button[data-laipni="suggestion"]').first();
    const replacement = (await suggestion.textContent()) ?? '';
    expect(replacement.length).toBeGreaterThan(0);
    await suggestion.click();

    await expect.poll(() => notes.inputValue()).toContain(replacement);
    const value = await notes.inputValue();
    expect(value).not.toContain('Es nezinu');
    const caret = await notes.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
    const slot = replacement.indexOf('…');
    const expectedCaret = value.indexOf(replacement) + (slot === -1 ? replacement.length : slot);
    expect(caret).toBe(expectedCaret);
    expect(await notes.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Control+z');
    await expect.poll(() => notes.inputValue()).toBe(typed);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await notes.inputValue()).length).toBeLessThan(typed.length);
    await page.close();
  });

  it('underlines findings in the contenteditable chat box and applies with Alt+Enter at the caret', async () => {
    const page = await harness.open('/demo/');
    const chat = page.locator('#chat-reply');
    await chat.click();
    await page.keyboard.type('Čau! Mēs to nevaram izdarīt.');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
              'laipni-warning',
            )?.size ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    // Put the caret inside «nevaram»: the card opens for that finding.
    await page.keyboard.press('Home');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => cardShown(page)).toBe(true);
    const ruleId = await card(page)
      .locator('[data-laipni="finding"]')
      .first()
      .getAttribute('data-rule');
    expect(ruleId).toBe('cannot-do');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => chat.textContent()).not.toContain('nevaram');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => chat.textContent()).toContain('nevaram');
    await page.close();
  });

  it('in a long contenteditable note underlines what the agent can see, and more on scrolling', async () => {
    const page = await harness.open('/demo/');
    const chat = page.locator('#chat-reply');
    // 150 paragraphs (~11 KB), each with a discouraged phrase; the field scrolls.
    await chat.evaluate((el: HTMLElement) => {
      el.style.maxHeight = '160px';
      el.style.overflow = 'auto';
      el.innerHTML = Array.from(
        { length: 150 },
        (_, i) => `<p>Rindkopa ${i + 1}. Es nezinu, kas notika ar rēķinu.</p>`,
      ).join('');
    });
    await chat.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Labi.');
    const badge = ui(page, '[data-laipni="badge"]');
    await expect.poll(async () => Number(await badge.textContent())).toBeGreaterThanOrEqual(150);
    const underlined = () =>
      page.evaluate(() => {
        const ranges = [
          ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
            'laipni-warning',
          ) ?? []),
        ];
        const paragraphs = [...document.querySelectorAll('#chat-reply p')];
        return ranges.map((r) => paragraphs.indexOf(r.startContainer.parentElement as Element));
      });
    // Near the end, where the caret is: underlined; the start, far out of view: not.
    await expect.poll(async () => (await underlined()).includes(149)).toBe(true);
    expect(new Set(await underlined()).size).toBeLessThan(150);
    expect(await underlined()).not.toContain(0);

    await chat.evaluate((el: HTMLElement) => (el.scrollTop = 0));
    await expect.poll(async () => (await underlined()).includes(0)).toBe(true);
    await page.close();
  });

  it('closes the card with Escape and keeps focus in the field', async () => {
    const page = await harness.open('/demo/');
    await page.locator('#notes').click();
    await page.keyboard.type('hallo, es nezinu');
    await expect.poll(() => ui(page, '[data-laipni="badge"]').isVisible()).toBe(true);
    await ui(page, '[data-laipni="badge"]').click();
    await expect.poll(() => cardShown(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
    await page.close();
  });
});
