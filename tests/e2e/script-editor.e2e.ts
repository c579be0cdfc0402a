import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openOptions, screenshot, seriousViolations } from './options-page';
import { openSidebar, screenshot as sidebarScreenshot, writeSettings } from './sidebar-helpers';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await writeSettings(harness, {
    agentName: 'Anna',
    agentSurname: 'Ozola',
    company: 'SIA Zaļā Enerģija',
  });
});
afterAll(async () => {
  await harness?.close();
});

const byTest = (root: Locator, id: string) => root.locator(`[data-testid="${id}"]`);

describe('the options page script editor', () => {
  it('a script made in the editor (no JSON) is checked as typed, previewed, saved and runs in the sidebar', async () => {
    const options = await openOptions(harness, 'scripts');
    const section = options.locator('[role="tabpanel"][data-section="scripts"]');
    // The built-in scripts are listed, to be copied, not edited.
    const builtin = section.locator('[data-testid="script-entry"][data-script="inbound-service"]');
    await builtin.waitFor();
    expect(await builtin.getAttribute('data-layer')).toBe('builtin');
    expect(await byTest(builtin, 'script-edit').count()).toBe(0);

    await byTest(section, 'script-add').click();
    const editor = byTest(section, 'script-editor');
    await editor.waitFor();
    await byTest(editor, 'script-name').fill('Mana aptauja');
    await byTest(editor, 'script-direction').selectOption('outbound');
    const steps = byTest(editor, 'script-step-editor');
    expect(await steps.count()).toBe(2);
    const first = steps.nth(0);
    const second = steps.nth(1);
    await byTest(first, 'step-title').fill('Sveiciens');
    await byTest(second, 'step-title').fill('Atvadas');
    await byTest(second, 'step-say').fill('Paldies par sarunu! Jauku dienu!');

    // The engine judges each text as it is typed: a discouraged phrase refuses the script.
    await byTest(first, 'step-say').fill('Es nezinu, kāpēc zvanu.');
    const verdict = byTest(editor, 'script-verdict');
    await expect.poll(() => verdict.getAttribute('data-ok')).toBe('false');
    const sayProblems = first.locator('[data-testid="script-problems"] li[data-kind="error"]');
    await expect.poll(() => sayProblems.count()).toBeGreaterThan(0);
    expect(await sayProblems.first().getAttribute('data-path')).toMatch(/^steps\[0\]\.say/);
    expect(await byTest(editor, 'script-save').isDisabled()).toBe(true);
    await screenshot(options, 'script-editor-verdict');

    await byTest(first, 'step-say').fill(
      'Labdien, {customerNameVocative}! Mans vārds ir {agentName}.',
    );
    await expect.poll(() => verdict.getAttribute('data-ok')).toBe('true');
    // An answer is a link to another step, chosen by its title.
    await byTest(first, 'answer-add').click();
    await byTest(first, 'answer-label').fill('Jā, var runāt');
    await byTest(first, 'answer-to').selectOption({ label: 'Atvadas' });
    // A capture field on the second step.
    await byTest(second, 'capture-add').click();
    await byTest(second, 'capture-label').fill('Komentārs');
    await expect.poll(() => verdict.getAttribute('data-ok')).toBe('true');

    // The preview runs the draft as the sidebar would.
    const preview = byTest(editor, 'script-preview');
    await expect
      .poll(() => preview.locator('[data-laipni="script-say"]').textContent())
      .toBe('Labdien, Jāni! Mans vārds ir Anna.');
    await preview.locator('[data-laipni="script-answer"]').first().click();
    await expect
      .poll(() => preview.locator('[data-laipni="script-step"]').getAttribute('data-step'))
      .toBe('step-2');
    expect(await preview.locator('[data-laipni="script-capture"]').count()).toBe(1);

    // Reorder: the list order changes, the links (by id) do not.
    await byTest(first, 'step-down').click();
    await expect
      .poll(() => steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-step'))))
      .toEqual(['step-2', 'step-1']);
    expect(await byTest(editor, 'script-start').inputValue()).toBe('step-1');
    // Dragging a step by its handle (onto the end of the step above) reorders too.
    const handle = byTest(steps.nth(1), 'step-drag');
    await handle.hover();
    await options.mouse.down();
    const target = await steps.nth(0).boundingBox();
    if (!target) throw new Error('no step box');
    await options.mouse.move(target.x + 60, target.y + target.height - 30, { steps: 8 });
    await options.mouse.move(target.x + 64, target.y + target.height - 26, { steps: 2 });
    await options.mouse.up();
    await expect
      .poll(() => steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-step'))))
      .toEqual(['step-1', 'step-2']);
    expect(await seriousViolations(options)).toEqual([]);
    await screenshot(options, 'script-editor');

    await byTest(editor, 'script-save').click();
    const mine = section.locator('[data-testid="script-entry"][data-script="my-script-1"]');
    await mine.waitFor();
    expect(await mine.getAttribute('data-layer')).toBe('personal');
    expect(await byTest(section, 'scripts-status').textContent()).toContain('Mana aptauja');

    // A built-in script copied into a personal one opens in the editor under a new id.
    await byTest(builtin, 'script-copy').click();
    expect(await byTest(editor, 'script-id').inputValue()).toBe('inbound-service-copy');
    expect(await byTest(editor, 'script-step-editor').count()).toBeGreaterThan(5);
    await byTest(editor, 'script-cancel').click();
    await options.close();

    // The sidebar runs the new script.
    const page = await harness.open('/demo/');
    const sidebar = await openSidebar(page);
    await sidebar.locator('[data-laipni="view-tab"][data-view="script"]').click();
    await sidebar.locator('input[name="sb-script-direction"][value="outbound"]').check();
    await sidebar.locator('[data-laipni="script-pick"] [data-script="my-script-1"]').click();
    const step = sidebar.locator('[data-laipni="script-step"]');
    await expect.poll(() => step.getAttribute('data-step')).toBe('step-1');
    expect(await sidebar.locator('[data-laipni="script-say"]').textContent()).toBe(
      'Labdien, Jāni Bērziņ! Mans vārds ir Anna.',
    );
    await step.press('1');
    await expect.poll(() => step.getAttribute('data-step')).toBe('step-2');
    await sidebarScreenshot(page, 'script-from-editor');
    await sidebar.locator('[data-laipni="script-outcome"][data-outcome="done"]').click();
    await expect
      .poll(() => sidebar.locator('[data-laipni="script-note"]').inputValue())
      .toContain('Iznākums: Pabeigts');
    await sidebar.locator('[data-laipni="call-end"]').click();
    await sidebar.locator('[data-laipni="call-end-confirm"]').click();
    await expect.poll(() => sidebar.locator('[data-laipni="call"]').count()).toBe(0);
    await page.close();
  });
});
