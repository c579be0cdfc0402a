// Checks every editor fixture page on its own, before any Laipni behaviour is tested on it: the
// page loads offline with no errors, the editor initialises, real typing reaches the editor's own
// model (window.laipniFixture.modelText()), and a screenshot is saved to test-results/fixtures/.
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../../scripts/build-fixtures.mjs';
import type { LaipniFixture } from './fixtures/fixture-api';
import { EDITOR_PAGES } from './fixtures/pages';
import { startHarness, type Harness } from './harness';

const TYPED = 'Labdien, paldies';
const SCREENSHOTS = 'test-results/fixtures';

let harness: Harness;
/** Requests that tried to leave the loopback server (the fixtures must work offline). */
const offsite: string[] = [];

beforeAll(async () => {
  await buildFixtures();
  harness = await startHarness();
  await harness.context.route(
    (url) => url.protocol.startsWith('http') && !['localhost', '127.0.0.1'].includes(url.hostname),
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  await mkdir(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

interface Opened {
  page: Page;
  problems: string[];
}

/** Opens a fixture page, recording page errors, console errors and failed loads. */
async function openFixture(name: string): Promise<Opened> {
  const page = await harness.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto(`${harness.origin}/fixtures/editors/${name}.html`);
  await page.waitForFunction(() => window.laipniFixture?.ready === true);
  return { page, problems };
}

function fixtureInfo(page: Page) {
  return page.evaluate(() => {
    const fixture = window.laipniFixture as LaipniFixture;
    return {
      name: fixture.name,
      fieldSelector: fixture.fieldSelector,
      frameFieldSelector: fixture.frameFieldSelector,
    };
  });
}

function field(page: Page, info: Awaited<ReturnType<typeof fixtureInfo>>): Locator {
  return info.frameFieldSelector
    ? page.frameLocator(info.fieldSelector).locator(info.frameFieldSelector)
    : page.locator(info.fieldSelector);
}

const modelText = (page: Page) =>
  page.evaluate(() => (window.laipniFixture as LaipniFixture).modelText());

describe('editor fixture pages', () => {
  it.each(EDITOR_PAGES)(
    '%s: typing reaches the editor model, offline, with no errors',
    async (name) => {
      const { page, problems } = await openFixture(name);
      const info = await fixtureInfo(page);
      expect(info.name).toBe(name);
      expect(await modelText(page)).toBe('');

      await field(page, info).click();
      await page.keyboard.type(TYPED);
      await expect.poll(() => modelText(page)).toContain(TYPED);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });

      // The editor's undo is wired (the matrix relies on Ctrl+Z): it takes back some of the typing.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await modelText(page)).length).toBeLessThan(TYPED.length);
      expect(problems).toEqual([]);
      expect(offsite).toEqual([]);
      await page.close();
    },
  );

  it('React registers the edit in its state (shown on the page)', async () => {
    const { page, problems } = await openFixture('react-textarea');
    await page.locator('#reply').click();
    await page.keyboard.type(TYPED);
    await expect.poll(() => page.locator('#react-state').textContent()).toBe(TYPED);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the CSP page really blocks inline scripts', async () => {
    const { page } = await openFixture('csp');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
