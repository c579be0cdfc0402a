// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { createLemmaExpander } from '../../../../lib/core/lemmas/expander';
import { RulesSection } from '../../../../components/options/sections/rules/RulesSection';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

// The page fetches the dictionary from the extension's files; here it is read from the package.
vi.mock('../../../../components/options/sections/rules/personal/lemma-forms', () => ({
  loadLemmaExpander: () =>
    Promise.resolve(
      createLemmaExpander(
        readFileSync('node_modules/dictionary-lv/index.aff', 'utf8'),
        readFileSync('node_modules/dictionary-lv/index.dic', 'utf8'),
      ),
    ),
}));

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

function type(form: HTMLElement, testId: string, value: string): void {
  fireEvent.input(within(form).getByTestId(testId), { target: { value } });
}

describe('personal rule by dictionary form', () => {
  it('previews the forms, flags each of them in the live test and saves them with the rule', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    renderWithDb(<RulesSection />, db);
    fireEvent.click(await screen.findByTestId('add-personal-rule'));
    const form = screen.getByTestId('personal-rule-form');
    type(form, 'personal-phrases', 'vaina');
    type(form, 'personal-reason', 'Nerunājiet par vainu, piedāvājiet risinājumu.');
    fireEvent.click(within(form).getByTestId('personal-all-forms'));

    const preview = within(form).getByTestId('personal-forms-preview');
    await waitFor(() => expect(preview.textContent).toContain('vainām'));
    expect(preview.querySelector('[data-lemma="vaina"]')?.textContent).toContain('vainas');

    type(form, 'live-test-input', 'Tas notika ne jau manas vainas del.');
    await waitFor(() =>
      expect(within(form).getByTestId('live-test-status').textContent).toBe('Atzīmēts: 1'),
    );

    fireEvent.click(within(form).getByTestId('save-personal-rule'));
    await screen.findByTestId('rule-mans-vaina');
    const stored = await db.personalRules.get('mans-vaina');
    const match = stored?.rule.match;
    expect(match?.kind).toBe('phrase');
    expect(match?.kind === 'phrase' && match.lemmas?.[0]?.forms).toEqual(
      expect.arrayContaining(['vaina', 'vainas', 'vainai', 'vainu', 'vainā']),
    );
  });
});
