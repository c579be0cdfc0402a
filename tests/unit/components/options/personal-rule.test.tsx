// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { putPersonalRule } from '../../../../lib/data/personal';
import { updateSettings } from '../../../../lib/data/settings';
import { RulesSection } from '../../../../components/options/sections/rules/RulesSection';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

async function openForm(): Promise<HTMLElement> {
  db = freshDb();
  await withSmallBuiltin(db);
  await updateSettings(db, { agentName: 'Anna', company: 'Laipni SIA' });
  renderWithDb(<RulesSection />, db);
  fireEvent.click(await screen.findByTestId('add-personal-rule'));
  return screen.getByTestId('personal-rule-form');
}

function type(form: HTMLElement, testId: string, value: string): void {
  fireEvent.input(within(form).getByTestId(testId), { target: { value } });
}

describe('personal rule form', () => {
  it('adds no-diacritics spellings, tests the rule live and saves it', async () => {
    const form = await openForm();
    type(form, 'personal-phrases', 'nav mana problēma\nnav manas problēmas');
    fireEvent.click(within(form).getByTestId('add-plain-spellings'));
    expect((within(form).getByTestId('personal-phrases') as HTMLTextAreaElement).value).toBe(
      'nav mana problēma\nnav mana problema\nnav manas problēmas\nnav manas problemas',
    );
    expect((within(form).getByTestId('personal-id') as HTMLInputElement).value).toBe(
      'mans-nav-mana-problema',
    );
    type(form, 'personal-reason', 'Klientam vienalga, kura problēma tā ir.');
    type(form, 'personal-suggestions', 'Es to atrisināšu, mani sauc {agentName}.');

    type(form, 'live-test-input', 'Atvainojiet, tā nav mana problema.');
    await waitFor(() =>
      expect(within(form).getByTestId('live-test-status').textContent).toBe('Atzīmēts: 1'),
    );
    expect(within(form).getByTestId('live-test-preview').querySelector('mark')?.textContent).toBe(
      'nav mana problema',
    );
    // The suggestion is filled with the agent's name from the profile.
    await waitFor(() =>
      expect(within(form).getByTestId('live-test-findings').textContent).toContain(
        'mani sauc Anna.',
      ),
    );
    type(form, 'live-test-input', 'Tā ir mana atbildība.');
    expect(within(form).getByTestId('live-test-status').textContent).toBe(
      'Noteikums šajā tekstā neko neatzīmē.',
    );

    fireEvent.click(within(form).getByTestId('save-personal-rule'));
    const card = await screen.findByTestId('rule-mans-nav-mana-problema');
    expect(card.textContent).toContain('Klientam vienalga');
    const stored = await db.personalRules.get('mans-nav-mana-problema');
    expect(stored?.rule).toMatchObject({
      match: { kind: 'phrase' },
      reason: { lv: 'Klientam vienalga, kura problēma tā ir.' },
      replacements: ['Es to atrisināšu, mani sauc {agentName}.'],
    });
    expect(screen.queryByTestId('personal-rule-form')).toBeNull();
  });

  it('limits the rule to the ticked phases and channels', async () => {
    const form = await openForm();
    type(form, 'personal-phrases', 'labs vakars');
    type(form, 'personal-reason', 'Sveiciens, ne vēlējums.');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Sākums' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'E-pasts' }));
    fireEvent.click(within(form).getByTestId('save-personal-rule'));
    await screen.findByTestId('rule-mans-labs-vakars');
    expect((await db.personalRules.get('mans-labs-vakars'))?.rule).toMatchObject({
      phases: ['opening'],
      channels: ['email'],
    });
  });

  it('says what is missing and stores nothing', async () => {
    const form = await openForm();
    type(form, 'personal-reason', 'Bez frāzes');
    fireEvent.click(within(form).getByTestId('save-personal-rule'));
    expect((await within(form).findByTestId('problems')).textContent).toContain(
      'Ierakstiet vismaz vienu frāzi.',
    );
    expect(await db.personalRules.count()).toBe(0);
  });

  it('refuses an id a pack already uses', async () => {
    const form = await openForm();
    type(form, 'personal-phrases', 'hallo');
    type(form, 'personal-reason', 'x');
    type(form, 'personal-id', 'hallo');
    fireEvent.click(within(form).getByTestId('save-personal-rule'));
    expect((await within(form).findByTestId('problems')).textContent).toContain('«hallo»');
    expect(await db.personalRules.count()).toBe(0);
  });

  it('edits and deletes an existing personal rule', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    await putPersonalRule(db, {
      id: 'mans-nu',
      severity: 'info',
      match: { kind: 'phrase', phrases: ['nu'] },
      reason: { lv: 'Vecs iemesls' },
      replacements: [],
    });
    renderWithDb(<RulesSection />, db);
    const card = await screen.findByTestId('rule-mans-nu');
    fireEvent.click(within(card).getByTestId('edit-personal-rule'));
    const form = screen.getByTestId('personal-rule-form');
    expect((within(form).getByTestId('personal-id') as HTMLInputElement).readOnly).toBe(true);
    type(form, 'personal-reason', 'Jauns iemesls');
    fireEvent.click(within(form).getByTestId('save-personal-rule'));
    await waitFor(async () =>
      expect((await db.personalRules.get('mans-nu'))?.rule.reason.lv).toBe('Jauns iemesls'),
    );
    fireEvent.click(
      within(await screen.findByTestId('rule-mans-nu')).getByTestId('delete-personal-rule'),
    );
    await waitFor(() => expect(screen.queryByTestId('rule-mans-nu')).toBeNull());
    expect(await db.personalRules.count()).toBe(0);
  });
});
