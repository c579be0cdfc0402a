import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { buildFixtures } from '../../scripts/build-fixtures.mjs';
import { EDITOR_PAGES, UNDO_GROUPING_MS } from './fixtures/pages';
import { startHarness, type Harness } from './harness';
import { finding } from './demo-card';

/**
 * One suite, run against every editor page of the matrix: type a sentence with a
 * discouraged phrase, see the badge and the finding, apply a suggestion, check the editor's
 * own model text and the caret, then undo twice.
 */

let harness: Harness;

beforeAll(async () => {
  await buildFixtures();
  harness = await startHarness();
}, 180_000);
afterAll(async () => {
  await harness?.close();
});

interface FieldPlace {
  frame: Frame;
  selector: string;
}

async function fieldOf(page: Page): Promise<FieldPlace> {
  await page.waitForFunction(() => window.laipniFixture?.ready === true);
  const info = await page.evaluate(() => ({
    selector: window.laipniFixture!.fieldSelector,
    inner: window.laipniFixture!.frameFieldSelector,
  }));
  if (!info.inner) return { frame: page.mainFrame(), selector: info.selector };
  const handle = await page.locator(info.selector).elementHandle();
  const frame = await handle!.contentFrame();
  return { frame: frame!, selector: info.inner };
}

const modelText = (page: Page) =>
  page.evaluate(() => window.laipniFixture!.modelText().replace(/\u00a0/g, ' '));

/** Whether the editor's undo history holds what the field shows (see fixture-api.d.ts). */
const historySettled = (page: Page) =>
  page.evaluate(() => window.laipniFixture!.historySettled?.() ?? true);

/** The field's text before the caret (DOM selection or the control's selectionStart). */
function textBeforeCaret(place: FieldPlace): Promise<string> {
  return place.frame.locator(place.selector).evaluate((field) => {
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      return field.value.slice(0, field.selectionStart ?? 0);
    }
    const root = field.getRootNode() as Document & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (!selection?.focusNode) return '';
    const range = document.createRange();
    range.selectNodeContents(field);
    range.setEnd(selection.focusNode, selection.focusOffset);
    return range.toString().replace(/\u00a0/g, ' ');
  });
}

describe.each(EDITOR_PAGES)('editor page %s', (name) => {
  it('flags, replaces through the editor, keeps the caret and undoes', async () => {
    const errors: string[] = [];
    const page = await harness.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${harness.origin}/fixtures/editors/${name}.html`);
    const place = await fieldOf(page);
    await place.frame.locator(place.selector).click();
    const first = 'Labdien, Jāni! ';
    await page.keyboard.type(first);
    await page.waitForTimeout(UNDO_GROUPING_MS[name] ?? 0); // the editor's undo grouping delay
    const second = 'Es nezinu, kad tas būs.';
    await page.keyboard.type(second);
    await expect.poll(() => modelText(page)).toContain('Es nezinu');
    const typed = await modelText(page);

    const badge = place.frame.locator('laipni-ui >> [data-laipni="badge"]');
    await expect.poll(() => badge.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(UNDO_GROUPING_MS[name] ?? 0); // the editor's undo grouping delay
    await badge.click();
    const flagged = finding(place.frame, 'es-nezinu');
    await flagged.waitFor();
    const suggestions = flagged.locator('button[data-laipni="suggestion"]');
    const texts = await suggestions.allTextContents();
    const index = texts.findIndex((text) => !text.includes('…'));
    expect(index).toBeGreaterThanOrEqual(0);
    const replacement = texts[index]!;
    await suggestions.nth(index).click();

    await expect.poll(() => modelText(page)).toContain(replacement);
    expect(await modelText(page)).not.toContain('Es nezinu');
    // Some editors (Trix) move the selection a frame after their model changes.
    await expect.poll(async () => (await textBeforeCaret(place)).endsWith(replacement)).toBe(true);

    await expect.poll(() => historySettled(page)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(typed);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await modelText(page)).length).toBeLessThan(typed.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
