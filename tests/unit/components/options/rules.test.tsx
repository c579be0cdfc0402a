// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { importPack } from '../../../../lib/data/pack-import';
import { RulesSection } from '../../../../components/options/sections/rules/RulesSection';
import { samplePack } from '../../../fixtures/sample-pack';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

async function setup(): Promise<void> {
  db = freshDb();
  await withSmallBuiltin(db);
  const imported = await importPack(db, samplePack());
  expect(imported.ok).toBe(true);
  renderWithDb(<RulesSection />, db);
  await screen.findByTestId('rule-es-nezinu');
}

describe('rules list', () => {
  it('groups rules by pack with reason, severity and where they apply', async () => {
    await setup();
    const team = document.querySelector('[data-pack="acme.sales"]') as HTMLElement;
    const builtin = document.querySelector('[data-pack="laipni-handbook"]') as HTMLElement;
    expect(within(team).getByRole('heading', { level: 3 }).textContent).toContain('ACME pārdošana');
    expect(within(builtin).getByTestId('rule-seit-runa').textContent).toContain(
      'Nepersonisks sākums.',
    );
    expect(within(builtin).getByTestId('rule-seit-runa').textContent).toContain('Sākums');
    expect(within(builtin).getByTestId('rule-hallo').textContent).toContain('Ieteikums');
  });

  it('shows a locked rule with its lock and does not let it be switched off', async () => {
    await setup();
    const card = screen.getByTestId('rule-es-nezinu');
    const toggle = within(card).getByRole('switch') as HTMLInputElement;
    expect(toggle.disabled).toBe(true);
    expect(toggle.checked).toBe(true);
    expect(within(card).getByTestId('lock').textContent).toContain('ACME pārdošana');
    expect(within(card).queryByTestId('edit-suggestions')).toBeNull();
    fireEvent.click(toggle);
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.ruleOverrides.count()).toBe(0);
  });

  it('switches an unlocked rule off and on again', async () => {
    await setup();
    const toggle = within(screen.getByTestId('rule-seit-runa')).getByRole(
      'switch',
    ) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(async () =>
      expect(await db.ruleOverrides.get('seit-runa')).toMatchObject({ enabled: false }),
    );
    await waitFor(() =>
      expect(
        (within(screen.getByTestId('rule-seit-runa')).getByRole('switch') as HTMLInputElement)
          .checked,
      ).toBe(false),
    );
    fireEvent.click(within(screen.getByTestId('rule-seit-runa')).getByRole('switch'));
    // Back to what the pack ships: the override disappears instead of storing `enabled: true`.
    await waitFor(async () => expect(await db.ruleOverrides.get('seit-runa')).toBeUndefined());
  });

  it('edits suggestions as a personal override and restores the pack version', async () => {
    await setup();
    const card = () => screen.getByTestId('rule-hallo');
    fireEvent.click(within(card()).getByTestId('edit-suggestions'));
    const box = within(card()).getByTestId('suggestion-editor') as HTMLTextAreaElement;
    expect(box.value).toBe('Labdien!');
    fireEvent.input(box, { target: { value: 'Labdien, {customerName}!\nSveicināti!' } });
    fireEvent.click(within(card()).getByRole('button', { name: 'Saglabāt' }));
    await within(card()).findByTestId('edited-badge');
    expect(await db.ruleOverrides.get('hallo')).toMatchObject({
      replacements: ['Labdien, {customerName}!', 'Sveicināti!'],
    });
    expect(within(card()).getByTestId('own-suggestions').textContent).toContain('Sveicināti!');
    expect(within(card()).getByTestId('pack-suggestions').textContent).toBe('Labdien!');
    fireEvent.click(within(card()).getByTestId('restore-suggestions'));
    await waitFor(() => expect(within(card()).queryByTestId('edited-badge')).toBeNull());
    expect(await db.ruleOverrides.get('hallo')).toBeUndefined();
  });
});
