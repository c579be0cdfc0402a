import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A finding of `ruleId` in the in-page card. */
export const finding = (page: Page, ruleId: string) =>
  page.locator(`laipni-ui >> [data-laipni="finding"][data-rule="${ruleId}"]`);

/** Replaces the demo notes with `text` by typing (no reload), and opens the card from the badge. */
export async function typeAndOpenCard(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  const notes = page.locator('#notes');
  await notes.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  const badge = page.locator('laipni-ui >> [data-laipni="badge"]');
  await expect.poll(() => badge.isVisible()).toBe(true);
  await badge.click();
}
