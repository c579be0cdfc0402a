// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { putPersonalPhrase } from '../../../../lib/data/personal';
import { putPolicyState } from '../../../../lib/data/policy-state';
import { PhrasesSection } from '../../../../components/options/sections/phrases/PhrasesSection';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

function form(): HTMLElement {
  return screen.getByTestId('personal-phrase-form');
}

function fill(fields: { text?: string; situation?: string; abbreviation?: string }): void {
  const scope = within(form());
  if (fields.text !== undefined)
    fireEvent.input(scope.getByTestId('personal-phrase-text'), { target: { value: fields.text } });
  if (fields.situation !== undefined)
    fireEvent.change(scope.getByTestId('personal-phrase-situation'), {
      target: { value: fields.situation },
    });
  if (fields.abbreviation !== undefined)
    fireEvent.input(scope.getByTestId('personal-phrase-abbreviation'), {
      target: { value: fields.abbreviation },
    });
}

async function problems(): Promise<string> {
  return (await within(form()).findByTestId('problems')).textContent ?? '';
}

describe('my library phrases in the options page', () => {
  it('adds a phrase with a variable and an abbreviation, edits it and deletes it', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    renderWithDb(<PhrasesSection />, db);
    await screen.findByText('Jums vēl nav savu frāžu.');

    fireEvent.click(screen.getByTestId('add-personal-phrase'));
    fill({ text: 'Paldies, ', situation: 'closing', abbreviation: ';pal' });
    const area = within(form()).getByTestId('personal-phrase-text') as HTMLTextAreaElement;
    area.setSelectionRange(area.value.length, area.value.length);
    fireEvent.click(within(form()).getByRole('button', { name: /\{customerName\}$/ }));
    expect(area.value).toBe('Paldies, {customerName}');
    fireEvent.input(area, { target: { value: `${area.value}! Jauku dienu!` } });
    fireEvent.submit(form());

    const entry = await screen.findByTestId('personal-phrase');
    expect(entry.textContent).toContain('Paldies, {customerName}! Jauku dienu!');
    expect(entry.textContent).toContain('Noslēgums');
    expect(within(entry).getByText(';pal').tagName).toBe('KBD');
    expect(screen.queryByTestId('personal-phrase-form')).toBeNull();
    const [stored] = await db.personalPhrases.toArray();
    expect(stored?.phrase).toMatchObject({
      situation: 'closing',
      text: 'Paldies, {customerName}! Jauku dienu!',
      abbreviation: ';pal',
    });

    fireEvent.click(within(entry).getByTestId('edit-personal-phrase'));
    fill({ text: 'Paldies par zvanu!', abbreviation: '' });
    fireEvent.submit(form());
    await screen.findByText('Paldies par zvanu!');
    const [edited] = await db.personalPhrases.toArray();
    expect(edited?.id).toBe(stored?.id);
    expect(edited?.phrase.abbreviation).toBeUndefined();

    fireEvent.click(
      within(screen.getByTestId('personal-phrase')).getByTestId('delete-personal-phrase'),
    );
    await screen.findByText('Jums vēl nav savu frāžu.');
    expect(await db.personalPhrases.count()).toBe(0);
  });

  it('says what is wrong, in the UI language, and stores nothing', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    await putPersonalPhrase(db, {
      id: 'mine-1',
      situation: 'opening',
      text: 'Labdien!',
      abbreviation: ';ld',
    });
    renderWithDb(<PhrasesSection />, db);
    fireEvent.click(await screen.findByTestId('add-personal-phrase'));

    fireEvent.submit(form());
    expect(await problems()).toContain('Ierakstiet frāzes tekstu.');

    fill({ text: 'Sveiki!', abbreviation: '; ld' });
    fireEvent.submit(form());
    await waitFor(async () =>
      expect(await problems()).toContain('Saīsinājumā nedrīkst būt atstarpju.'),
    );

    fill({ abbreviation: ';ld' });
    fireEvent.submit(form());
    await waitFor(async () =>
      expect(await problems()).toContain('Saīsinājums «;ld» jau pieder frāzei «Labdien!»'),
    );

    // The pack schema (libraryPhraseSchema) has the last word: an abbreviation is at most 32 long.
    fill({ abbreviation: `;${'x'.repeat(40)}` });
    fireEvent.submit(form());
    await waitFor(async () =>
      expect(await problems()).toContain('Teksts ir par garu (ne vairāk kā 32 rakstzīmes).'),
    );
    expect(await db.personalPhrases.count()).toBe(1);
  });

  it('gives the errors in English when the UI is English', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    renderWithDb(<PhrasesSection />, db, 'en');
    fireEvent.click(await screen.findByTestId('add-personal-phrase'));
    fill({ text: 'Hello', abbreviation: 'a b' });
    fireEvent.submit(form());
    expect(await problems()).toContain('An abbreviation cannot contain spaces.');
  });

  it('follows company policy: no new phrases, existing ones marked as not used', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    await putPersonalPhrase(db, { id: 'mine-1', situation: 'opening', text: 'Labdien!' });
    await putPolicyState(db, {
      source: 'managed',
      appliedAt: 1,
      policy: { personalRulesAllowed: false },
      managed: ['personalRulesAllowed'],
      problems: [],
      inlinePackIds: [],
    });
    renderWithDb(<PhrasesSection />, db);
    await screen.findByTestId('personal-phrases-disallowed');
    expect(screen.queryByTestId('add-personal-phrase')).toBeNull();
    const entry = screen.getByTestId('personal-phrase');
    expect(entry.textContent).toContain('šī netiek lietota');
    expect(within(entry).queryByTestId('edit-personal-phrase')).toBeNull();
    fireEvent.click(within(entry).getByTestId('delete-personal-phrase'));
    await waitFor(async () => expect(await db.personalPhrases.count()).toBe(0));
  });
});
