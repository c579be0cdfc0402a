import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionDocument } from './extension-document';
import { CARD_FRAME, type FirefoxHarness } from './harness';
import { BADGE, isShown } from './page-input';

/** A finding of `rule` in the card. */
export const finding = (rule: string) => `[data-laipni="finding"][data-rule="${rule}"]`;

/** Replaces the demo notes with `text` by typing (no reload), opens the card from the badge. */
export async function typeAndOpenCard(
  harness: FirefoxHarness,
  page: Page,
  text: string,
): Promise<ExtensionDocument> {
  await page.bringToFront();
  await page.click('#notes');
  await page.$eval('#notes', (el) => (el as HTMLTextAreaElement).select());
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect.poll(async () => isShown(await page.$(BADGE))).toBe(true);
  await page.click(BADGE);
  const card = await harness.frame(page, CARD_FRAME);
  await card.waitFor('[data-laipni="card"]');
  return card;
}
