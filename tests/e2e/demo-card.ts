import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where the page's `laipni-ui` host is: the page, or one of its frames. */
type Place = Page | Frame | FrameLocator;

/** The iframe that holds the card (an extension page inside the page's `laipni-ui` host). */
export const cardFrame = (place: Place): Locator =>
  place.locator('laipni-ui >> iframe[data-laipni="card-frame"]');

/** The card inside its frame. */
export const card = (place: Place): Locator =>
  place
    .frameLocator('laipni-ui >> iframe[data-laipni="card-frame"]')
    .locator('[data-laipni="card"]');

/** Whether the agent can see the card: its frame is shown and the card has rendered inside. */
export async function cardShown(place: Place): Promise<boolean> {
  if (!(await cardFrame(place).isVisible())) return false;
  return (await card(place).count()) > 0;
}

/** A finding of `ruleId` in the card. */
export const finding = (place: Place, ruleId: string): Locator =>
  card(place).locator(`[data-laipni="finding"][data-rule="${ruleId}"]`);

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
