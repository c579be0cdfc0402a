// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { putPolicyState } from '../../../../lib/data/policy-state';
import { BackupSection } from '../../../../components/options/sections/backup/BackupSection';
import { PacksSection } from '../../../../components/options/sections/packs/PacksSection';
import { RulesSection } from '../../../../components/options/sections/rules/RulesSection';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

async function withPolicy(): Promise<void> {
  db = freshDb();
  await withSmallBuiltin(db);
  await putPolicyState(db, {
    source: 'managed',
    appliedAt: 1,
    policy: { lockedRuleIds: ['hallo'], personalRulesAllowed: false, retentionDays: 30 },
    managed: ['lockedRuleIds', 'personalRulesAllowed', 'retentionDays'],
    problems: [{ key: 'sidebarWidth', lv: 'Vajag skaitli.', en: 'Expected a number.' }],
    inlinePackIds: [],
  });
}

describe('company policy in the options page', () => {
  it('shows policy locks and that personal rules are not allowed', async () => {
    await withPolicy();
    renderWithDb(<RulesSection />, db);
    const card = await screen.findByTestId('rule-hallo');
    expect((within(card).getByRole('switch') as HTMLInputElement).disabled).toBe(true);
    expect(within(card).getByTestId('lock').textContent).toContain('uzņēmuma politika');
    expect(screen.getByTestId('personal-disallowed')).toBeTruthy();
    expect(screen.queryByTestId('add-personal-rule')).toBeNull();
  });

  it('marks the retention the company manages and lists what it manages', async () => {
    await withPolicy();
    renderWithDb(
      <>
        <BackupSection />
        <PacksSection />
      </>,
      db,
    );
    const managed = await screen.findByTestId('managed');
    const input = document.getElementById(managed.id.replace(/-managed$/, '')) as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.value).toBe('30');
    const summary = await screen.findByTestId('policy-summary');
    expect(summary.textContent).toContain('bloķētos noteikumus');
    expect(summary.textContent).toContain('Vajag skaitli.');
  });
});
