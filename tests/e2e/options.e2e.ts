import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { openOptions, screenshot, seriousViolations } from './options-page';
import { openSidebar } from './sidebar-helpers';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A pack with two broken rules: an unknown match kind, and a severity that does not exist. */
function brokenPack(): string {
  return JSON.stringify({
    format: 'laipni-pack/1',
    id: 'acme.broken',
    name: 'ACME (bojāta)',
    version: '1.0.0',
    author: 'Komandas vadītāja',
    language: 'lv',
    rules: [
      {
        id: 'ok-rule',
        severity: 'warning',
        match: { kind: 'phrase', phrases: ['zilonis'] },
        reason: { lv: 'Labi.' },
        replacements: [],
      },
      {
        id: 'regex-rule',
        severity: 'warning',
        match: { kind: 'regex', pattern: '.*' },
        reason: { lv: 'Nē.' },
        replacements: [],
      },
      {
        id: 'loud-rule',
        severity: 'loud',
        match: { kind: 'phrase', phrases: ['ē'] },
        reason: { lv: 'Nē.' },
        replacements: [],
      },
    ],
  });
}

interface SeededStat {
  day: string;
  ruleId: string;
  form: string;
  flagged: number;
  accepted: number;
  ignored: number;
}

/**
 * Two weeks of counters and three finished calls, written straight into the extension's
 * IndexedDB from its own page as the background would have recorded them (each counter row and
 * its rule's day total in one transaction), so the charts have something to draw. Returns the
 * counter rows.
 */
async function seedStatistics(page: Page): Promise<SeededStat[]> {
  return page.evaluate(async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const dayOf = (t: number) => {
      const d = new Date(t);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    };
    const now = Date.now();
    const DAY = 86_400_000;
    const stats: SeededStat[] = [];
    for (let i = 0; i < 14; i++) {
      const day = dayOf(now - i * DAY);
      stats.push({
        day,
        ruleId: 'es-nezinu',
        form: 'nezinu',
        flagged: 6 - (i % 5),
        accepted: 3 - (i % 4 === 0 ? 1 : 0),
        ignored: 1,
      });
      stats.push({
        day,
        ruleId: 'greeting-hallo',
        form: 'hallo',
        flagged: 2 + (i % 3),
        accepted: i % 2,
        ignored: 0,
      });
      if (i % 2 === 0)
        stats.push({
          day,
          ruleId: 'cannot-do',
          form: 'mēs nevaram',
          flagged: 2,
          accepted: 1,
          ignored: 1,
        });
    }
    const call = (id: string, start: number, ticks: string[], extra: object) => ({
      id,
      startedAt: start,
      endedAt: start + 300_000,
      tabId: null,
      site: 'localhost',
      direction: 'inbound',
      contactKey: null,
      customerName: 'Jānis Bērziņš',
      startedByAgent: false,
      repeatOfCallId: null,
      phases: [{ phase: 'opening', at: start }],
      findings: 3,
      accepted: 1,
      ignored: 0,
      dropped: false,
      outcome: 'completed',
      rulesVersion: null,
      ticks: ticks.map((itemId) => ({
        itemId,
        checklist: 'opening',
        at: start + 1000,
        auto: true,
      })),
      ...extra,
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('laipni');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const opening = await new Promise<string[]>((resolve) => {
      const get = db.transaction('packs').objectStore('packs').get('laipni-handbook');
      get.onsuccess = () => {
        const pack = JSON.parse((get.result as { json: string }).json) as {
          checklists: { opening: Array<{ id: string }> };
        };
        resolve(pack.checklists.opening.map((item) => item.id));
      };
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(
        ['ruleStats', 'ruleDayTotals', 'formWindows', 'calls'],
        'readwrite',
      );
      // Two weeks of past days appear at once here, which the product never does (past days
      // change only by a restore, "delete all" or a purge, and each drops the form windows): drop
      // the window the open page may have made already, as they do.
      tx.objectStore('formWindows').clear();
      for (const row of stats) tx.objectStore('ruleStats').put(row);
      // One form per rule and day here, so a day's total is its one row without the form.
      for (const { day, ruleId, flagged, accepted, ignored } of stats)
        tx.objectStore('ruleDayTotals').put({ day, ruleId, flagged, accepted, ignored });
      tx.objectStore('calls').put(call('call-1', now - 3 * DAY, opening, {}));
      tx.objectStore('calls').put(call('call-2', now - DAY, opening.slice(0, 2), {}));
      tx.objectStore('calls').put(
        call('call-3', now - 3_600_000, opening.slice(0, 1), {
          dropped: true,
          outcome: 'dropped',
          customerName: 'Anna Liepa',
        }),
      );
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return stats;
  });
}

describe('the options page in the real extension', () => {
  it('imports a broken pack: errors by rule and field, the pack list unchanged', async () => {
    const page = await openOptions(harness, 'packs');
    const rows = page.locator('[data-testid="pack-table"] tbody tr');
    await page.locator('[data-testid="pack-laipni-handbook"]').waitFor();
    const before = await rows.allTextContents();

    await page.locator('[data-testid="pack-file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(brokenPack()),
    });
    const problems = page.locator('[data-testid="problems"]');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Noteikums «regex-rule» (rules[1])');
    expect(text).toContain('Noteikums «loud-rule» (rules[2])');
    expect(await problems.locator('[data-path="rules[2].severity"]').count()).toBe(1);
    expect(text).toContain('Nekas netika mainīts.');
    expect(await rows.allTextContents()).toEqual(before);
    expect(await page.locator('[data-testid="pack-acme.broken"]').count()).toBe(0);
    await screenshot(page, 'packs-import-errors');
    await page.close();
  });

  it('imports a team pack that locks a rule: the rule shows the lock and cannot be switched off', async () => {
    const page = await openOptions(harness, 'packs');
    const pack = {
      format: 'laipni-pack/1',
      id: 'acme.team',
      name: 'ACME komanda',
      version: '1.0.0',
      author: 'Komandas vadītāja',
      language: 'lv',
      locked: ['es-nezinu'],
      rules: [
        {
          id: 'acme-zilonis',
          severity: 'info',
          match: { kind: 'phrase', phrases: ['zilonis'] },
          reason: { lv: 'Komandā šo vārdu nelietojam.' },
          replacements: ['produkts'],
        },
      ],
    };
    await page.locator('[data-testid="pack-file"]').setInputFiles({
      name: 'acme-team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await page.locator('[data-testid="import-success"]').waitFor();
    await page.locator('[data-testid="pack-acme.team"]').waitFor();
    await page.getByRole('tab', { name: 'Noteikumi' }).click();
    const rule = page.locator('[data-testid="rule-es-nezinu"]');
    expect(await rule.getByRole('switch').isDisabled()).toBe(true);
    expect(await rule.locator('[data-testid="lock"]').textContent()).toContain('ACME komanda');
    expect(await rule.locator('[data-testid="edit-suggestions"]').count()).toBe(0);
    await page.locator('[data-testid="rule-acme-zilonis"]').waitFor();
    await rule.scrollIntoViewIfNeeded();
    await mkdir('test-results/options', { recursive: true });
    await rule.screenshot({ path: 'test-results/options/rules-locked.png' });
    await page.close();
  });

  it('switches a built-in rule off and adds a personal rule tested in the live box', async () => {
    const page = await openOptions(harness, 'rules');
    const rule = page.locator('[data-testid="rule-greeting-hallo"]');
    const toggle = rule.getByRole('switch');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(async () => (await rule.getAttribute('class')) ?? '').toContain('is-off');

    await page.locator('[data-testid="add-personal-rule"]').click();
    const form = page.locator('[data-testid="personal-rule-form"]');
    await form.locator('[data-testid="personal-phrases"]').fill('nav mana problēma');
    await form.locator('[data-testid="add-plain-spellings"]').click();
    await expect
      .poll(() => form.locator('[data-testid="personal-phrases"]').inputValue())
      .toBe('nav mana problēma\nnav mana problema');
    await form
      .locator('[data-testid="personal-reason"]')
      .fill('Klientam nav svarīgi, kura problēma.');
    await form.locator('[data-testid="personal-suggestions"]').fill('Es to atrisināšu.');
    await form.locator('[data-testid="live-test-input"]').fill('Tā nav mana problema.');
    await expect
      .poll(() => form.locator('[data-testid="live-test-status"]').textContent())
      .toBe('Atzīmēts: 1');
    await screenshot(page, 'rules-personal-form');
    await form.locator('[data-testid="save-personal-rule"]').click();
    await page.locator('[data-testid="rule-mans-nav-mana-problema"]').waitFor();
    await screenshot(page, 'rules');
    await page.close();
  });

  it('draws local statistics: per-rule charts, frequent phrases, checklist completion', async () => {
    const page = await openOptions(harness, 'stats');
    const seeded = await seedStatistics(page);
    const sum = (key: 'flagged' | 'accepted', ruleId?: string, form?: string) =>
      seeded
        .filter((r) => (ruleId ? r.ruleId === ruleId : r.form === form))
        .reduce((n, r) => n + r[key], 0);
    // Raw IndexedDB writes bypass Dexie's change tracking, so the page reads them on a reload.
    await page.reload();
    const trends = page.locator('[data-testid="rule-trends"]');
    await trends.waitFor();
    const first = trends.locator('li').first();
    expect(await first.getAttribute('data-rule')).toBe('es-nezinu');
    expect(await first.locator('rect.bar-flagged').count()).toBe(30);
    const flagged = sum('flagged', 'es-nezinu');
    const accepted = sum('accepted', 'es-nezinu');
    expect(await first.locator('p').first().textContent()).toContain(
      `${flagged} atzīmēti, ${accepted} ieteikumi pieņemti (${Math.round((accepted / flagged) * 100)}%)`,
    );
    const phraseRows = page.locator('[data-testid="top-phrases"] tbody tr');
    await phraseRows.first().waitFor();
    expect(await phraseRows.count()).toBe(3);
    for (const [i, form] of ['nezinu', 'hallo', 'mēs nevaram'].entries()) {
      expect(await phraseRows.nth(i).locator('th').textContent()).toBe(`«${form}»`);
      expect(await phraseRows.nth(i).locator('td').nth(1).textContent()).toBe(
        String(sum('flagged', undefined, form)),
      );
    }
    expect(await page.locator('[data-testid="checklist-completion"] tbody tr').count()).toBe(3);
    expect(await page.locator('[data-testid="stats-privacy"]').textContent()).toContain(
      'nekas netiek sūtīts prom',
    );
    const download = page.waitForEvent('download');
    await page.locator('[data-testid="export-stats-csv"]').click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/^laipni-statistics-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(1 + seeded.length);
    await screenshot(page, 'stats');
    await page.close();
  });

  it('exports a backup and restores it after checking it', async () => {
    const page = await openOptions(harness, 'backup');
    const download = page.waitForEvent('download');
    await page.locator('[data-testid="export-backup"]').click();
    const file = await download;
    const path = await file.path();
    expect(file.suggestedFilename()).toMatch(/^laipni-backup-.*\.json$/);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'laipni-backup/2' });

    await page.locator('[data-testid="backup-file"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"laipni-backup/1"}'),
    });
    await page.locator('[data-testid="problems"]').waitFor();
    expect(await page.locator('[data-testid="confirm-restore"]').count()).toBe(0);

    await page.locator('[data-testid="backup-file"]').setInputFiles(path);
    await page.locator('[data-testid="backup-summary"]').waitFor();
    await screenshot(page, 'backup-restore-check');
    await page.locator('[data-testid="confirm-restore"]').click();
    await page.locator('[data-testid="restored"]').waitFor();
    // The personal rule added earlier is still there after restoring the backup that holds it.
    await page.getByRole('tab').first().click();
    await page.locator('[data-testid="rule-mans-nav-mana-problema"]').waitFor();
    await page.close();
  });

  it('switches Laipni off on a site and adds a site profile', async () => {
    const page = await openOptions(harness, 'sites');
    await page.locator('[data-testid="site-input"]').fill('crm.example.lv');
    await page.getByRole('button', { name: 'Izslēgt šajā vietnē' }).click();
    const site = page.locator('[data-site="crm.example.lv"]').getByRole('switch');
    await expect.poll(() => site.isChecked()).toBe(false);
    await page.locator('[data-testid="add-profile"]').click();
    await page.locator('[data-testid="profile-name"]').fill('ACME CRM');
    await page.locator('[data-testid="profile-site"]').fill('crm.example.lv');
    await page.locator('[data-testid="add-variable"]').click();
    await page.locator('[data-testid="variable-selector"]').fill('.customer .name');
    await page.locator('[data-testid="save-profile"]').click();
    await page.getByText('ACME CRM').waitFor();
    await screenshot(page, 'sites');
    await page.close();
  });

  it('has no serious or critical axe violations in any section, in Latvian and English', async () => {
    const page = await openOptions(harness, 'rules');
    // The sections as the page registers them (tab order; a tab's id is `tab-<section>`).
    const sections = await page
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((tab) => tab.id.replace(/^tab-/, '')));
    expect(sections).toContain('phrases');
    for (const language of ['lv', 'en']) {
      for (const [index, section] of sections.entries()) {
        await page.getByRole('tab').nth(index).click();
        await page.locator(`[role="tabpanel"][data-section="${section}"] h2`).waitFor();
        const violations = await seriousViolations(page);
        expect(violations, `${language} ${section}: ${JSON.stringify(violations)}`).toEqual([]);
        if (language === 'lv' || section === 'profile')
          await screenshot(page, `${section}-${language}`);
      }
      if (language === 'lv') {
        await page.locator('[data-testid="language"]').selectOption('en');
        await page.getByRole('heading', { level: 1, name: 'Laipni settings' }).waitFor();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      }
    }
    await page.locator('[data-testid="language"]').selectOption('lv');
    await page.getByRole('heading', { level: 1, name: 'Laipni iestatījumi' }).waitFor();
    await page.close();
  });

  it('can be used with the keyboard alone: tabs move with the arrow keys and focus is visible', async () => {
    const page = await openOptions(harness, 'rules');
    await page.getByRole('tab', { name: 'Noteikumi' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const scripts = page.getByRole('tab', { name: 'Skripti' });
    expect(await scripts.getAttribute('aria-selected')).toBe('true');
    expect(await scripts.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await scripts.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'tabpanel',
    );
    await page.close();
  });

  it('adds my own phrase with an abbreviation: the sidebar library lists it and the abbreviation types it', async () => {
    const page = await openOptions(harness, 'phrases');
    await page.locator('[data-testid="add-personal-phrase"]').click();
    const text = page.locator('[data-testid="personal-phrase-text"]');
    await text.fill('Paldies, ka zvanījāt, ');
    await page.getByRole('button', { name: /\{customerNameVocative\}$/ }).click();
    await text.press('End');
    await text.pressSequentially('!');
    await page.locator('[data-testid="personal-phrase-situation"]').selectOption('closing');
    await page.locator('[data-testid="personal-phrase-abbreviation"]').fill(';pzv');
    await page.locator('[data-testid="save-personal-phrase"]').click();
    const entry = page.locator('[data-testid="personal-phrase"]');
    await expect
      .poll(() => entry.textContent())
      .toContain('Paldies, ka zvanījāt, {customerNameVocative}!');
    expect(await entry.locator('kbd').textContent()).toBe(';pzv');
    await screenshot(page, 'phrases');
    await page.close();

    const crm = await harness.open('/demo/');
    const sidebar = await openSidebar(crm);
    await sidebar.locator('[data-laipni="view-tab"][data-view="library"]').click();
    const mine = sidebar
      .locator('[data-laipni="phrase-group"][data-situation="closing"] [data-laipni="phrase"]')
      .filter({ hasText: 'Paldies, ka zvanījāt' });
    await mine.waitFor();
    expect(await mine.locator('.phrase-text').textContent()).toBe(
      'Paldies, ka zvanījāt, Jāni Bērziņ!',
    );
    expect(await mine.locator('kbd').textContent()).toBe(';pzv');

    await crm.locator('#notes').fill('');
    await crm.locator('#notes').pressSequentially(';pzv');
    await crm.keyboard.press('Tab');
    await expect
      .poll(() => crm.locator('#notes').inputValue())
      .toBe('Paldies, ka zvanījāt, Jāni Bērziņ!');
    await crm.close();
  });
});
