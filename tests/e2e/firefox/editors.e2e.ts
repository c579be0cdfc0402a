import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { buildFixtures } from '../../../scripts/build-fixtures.mjs';
import { EDITOR_PAGES, UNDO_GROUPING_MS } from '../fixtures/pages';
import { CARD_FRAME, startFirefoxHarness, type FirefoxHarness } from './harness';
import type { FrameStep } from './extension-document';
import { BADGE, deepSelector, isShown, press } from './page-input';

/**
 * The editor matrix (tests/e2e/editors.e2e.ts) in Firefox: type a sentence with a discouraged
 * phrase, see the badge and the finding, apply a suggestion from the card, check the editor's
 * own model text and the caret, then undo twice.
 */

let harness: FirefoxHarness;

beforeAll(async () => {
  await buildFixtures();
  harness = await startFirefoxHarness();
}, 180_000);
afterAll(async () => {
  await harness?.close();
});

interface FieldPlace {
  frame: Frame;
  selector: string;
  /** The frames from the page's top down to the field's document (for the card). */
  steps: FrameStep[];
}

async function fieldOf(page: Page, name: string): Promise<FieldPlace> {
  await page.waitForFunction(() => window.laipniFixture?.ready === true);
  const info = await page.evaluate(() => ({
    selector: window.laipniFixture!.fieldSelector,
    inner: window.laipniFixture!.frameFieldSelector,
  }));
  const top = page.mainFrame();
  const selector = await deepSelector(top, info.selector);
  if (!info.inner) return { frame: top, selector, steps: [] };
  const frame = await (await top.waitForSelector(selector))?.contentFrame();
  if (!frame) throw new Error(`${name}: ${info.selector} is not a frame`);
  await frame.waitForSelector(info.inner);
  return { frame, selector: await deepSelector(frame, info.inner), steps: [{ frame: selector }] };
}

const modelText = (page: Page) =>
  page.evaluate(() => window.laipniFixture!.modelText().replace(/\u00a0/g, ' '));

const historySettled = (page: Page) =>
  page.evaluate(() => window.laipniFixture!.historySettled?.() ?? true);

/** The field's text before the caret (DOM selection or the control's selectionStart). */
function textBeforeCaret(place: FieldPlace): Promise<string> {
  return place.frame.$eval(place.selector, (field) => {
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

/** The editor's documented undo grouping delay: a wait for time itself, not for a condition. */
const groupingDelay = (name: string) =>
  new Promise((done) => setTimeout(done, UNDO_GROUPING_MS[name] ?? 0));

describe.each(EDITOR_PAGES)('editor page %s (Firefox)', (name) => {
  it('flags, replaces through the editor, keeps the caret and undoes', async () => {
    const page = await harness.open(`/fixtures/editors/${name}.html`);
    const place = await fieldOf(page, name);
    await place.frame.click(place.selector);
    const first = 'Labdien, Jāni! ';
    await page.keyboard.type(first);
    await groupingDelay(name);
    const second = 'Es nezinu, kad tas būs.';
    await page.keyboard.type(second);
    await expect.poll(() => modelText(page)).toContain('Es nezinu');
    const typed = await modelText(page);

    await expect.poll(async () => isShown(await place.frame.$(BADGE))).toBe(true);
    await groupingDelay(name);
    await place.frame.click(BADGE);
    const card = await harness.frame(page, ...place.steps, CARD_FRAME);
    const suggestion = '[data-laipni="finding"][data-rule="es-nezinu"] [data-laipni="suggestion"]';
    await card.waitFor(suggestion);
    const texts = await card.texts(suggestion);
    const index = texts.findIndex((text) => !text.includes('…'));
    expect(index).toBeGreaterThanOrEqual(0);
    const replacement = texts[index]!;
    await card.click(suggestion, index);

    await expect.poll(() => modelText(page)).toContain(replacement);
    expect(await modelText(page)).not.toContain('Es nezinu');
    // Some editors (Trix) move the selection a frame after their model changes.
    await expect.poll(async () => (await textBeforeCaret(place)).endsWith(replacement)).toBe(true);

    await expect.poll(() => historySettled(page)).toBe(true);
    await press(page, 'Control+z');
    await expect.poll(() => modelText(page)).toBe(typed);
    await press(page, 'Control+z');
    await expect.poll(async () => (await modelText(page)).length).toBeLessThan(typed.length);
    expect(harness.errors.get(page)).toEqual([]);
    await page.close();
  });
});
