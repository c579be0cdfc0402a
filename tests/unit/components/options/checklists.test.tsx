// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { ChecklistsSection } from '../../../../components/options/sections/checklists/ChecklistsSection';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

async function addItem(text: string, detect: string): Promise<void> {
  const form = screen.getByTestId('checklist-form-closing');
  fireEvent.input(within(form).getByTestId('checklist-item-text'), { target: { value: text } });
  fireEvent.input(within(form).getByTestId('checklist-item-detect'), { target: { value: detect } });
  fireEvent.submit(form);
  await screen.findByText(text);
}

function order(): Promise<string[]> {
  return db.personalChecklistItems
    .where('checklist')
    .equals('closing')
    .toArray()
    .then((rows) => rows.sort((a, b) => a.order - b.order).map((r) => r.item.text.lv));
}

describe('checklist editor', () => {
  it('shows pack items, adds own items with detection phrases, reorders and removes them', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    renderWithDb(<ChecklistsSection />, db);
    const opening = await screen.findByRole('region', { name: 'Zvana sākums' });
    expect(opening.textContent).toContain('Sveiciens');
    expect(opening.textContent).toContain('«labdien»');

    await addItem('Pateikties par zvanu', 'paldies par zvanu\npaldies, ka zvanījāt');
    await addItem('Novēlēt labu dienu', '');
    expect(await order()).toEqual(['Pateikties par zvanu', 'Novēlēt labu dienu']);
    const [first] = await db.personalChecklistItems.toArray();
    expect(first?.item.detect).toEqual({ phrases: ['paldies par zvanu', 'paldies, ka zvanījāt'] });

    const second = screen.getByText('Novēlēt labu dienu').closest('li') as HTMLElement;
    fireEvent.click(within(second).getByRole('button', { name: 'Uz augšu' }));
    await waitFor(async () =>
      expect(await order()).toEqual(['Novēlēt labu dienu', 'Pateikties par zvanu']),
    );
    const thanks = screen.getByText('Pateikties par zvanu').closest('li') as HTMLElement;
    fireEvent.click(within(thanks).getByRole('button', { name: 'Noņemt' }));
    await waitFor(async () => expect(await order()).toEqual(['Novēlēt labu dienu']));
  });
});
