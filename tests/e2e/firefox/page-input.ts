import type { ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';

/** Presses a chord such as `Control+z` or `Alt+Shift+L` (Puppeteer presses one key at a time). */
export async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/** The badge our content script shows in a document (page or frame), if shown. */
export const BADGE = 'laipni-ui >>> [data-laipni="badge"]';

/** Whether an element is rendered with a box (Puppeteer's own visibility test). */
export async function isShown(handle: ElementHandle | null): Promise<boolean> {
  if (!handle) return false;
  return handle.isVisible();
}

/**
 * A fixture's selector (Playwright syntax: descendants pierce open shadow roots) for Puppeteer,
 * whose plain CSS stops at a shadow root: as it is if it matches in `frame`, else with every
 * descendant step made deep (`>>>`, which looks only into shadow roots).
 */
export async function deepSelector(frame: Frame, selector: string): Promise<string> {
  if (await frame.$(selector)) return selector;
  return selector.trim().split(/\s+/).join(' >>> ');
}
