import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** The options page of the loaded extension, opened at a section; page errors fail the test. */
export async function openOptions(harness: Harness, section = 'rules'): Promise<Page> {
  const page = await harness.context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`options page error: ${error.message}`);
  });
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#${section}`);
  await page.locator(`[role="tabpanel"][data-section="${section}"]`).waitFor();
  return page;
}

/** Saves a screenshot of the page's top (at most 1,800 px) under test-results/options/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir('test-results/options', { recursive: true });
  const path = `test-results/options/${name}.png`;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1366;
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, 1800) },
  });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Extension pages forbid inline scripts (CSP `script-src 'self'`), so addScriptTag is refused;
  // evaluating the source through the DevTools protocol is not subject to the page's CSP.
  if (!loaded) await page.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
