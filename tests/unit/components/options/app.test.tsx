// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { getSettings } from '../../../../lib/data/settings';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { freshDb } from '../../data/helpers';
import { withSmallBuiltin } from './render';

let db: LaipniDb;
beforeEach(async () => {
  history.replaceState(null, '', '#rules');
  db = freshDb();
  await withSmallBuiltin(db);
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('options page shell', () => {
  it('says that nothing leaves the browser and opens the section named in the hash', async () => {
    history.replaceState(null, '', '#packs');
    render(<OptionsApp db={db} />);
    expect(screen.getByTestId('privacy').textContent).toContain('Nekas netiek sūtīts prom');
    expect(screen.getByRole('tab', { name: 'Pakas' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-packs');
  });

  it('moves between sections with the arrow keys, Home and End (one tab in the tab order)', async () => {
    render(<OptionsApp db={db} />);
    const rules = screen.getByRole('tab', { name: 'Noteikumi' });
    expect(rules.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Pakas' }).tabIndex).toBe(-1);
    rules.focus();
    fireEvent.keyDown(rules, { key: 'ArrowRight' });
    const checklists = screen.getByRole('tab', { name: 'Kontrolsaraksti' });
    expect(checklists.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(checklists);
    expect(location.hash).toBe('#checklists');
    fireEvent.keyDown(checklists, { key: 'End' });
    expect(
      screen.getByRole('tab', { name: 'Profils un valoda' }).getAttribute('aria-selected'),
    ).toBe('true');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(rules.getAttribute('aria-selected')).toBe('true');
  });

  it('stores the UI language and switches the page at once', async () => {
    history.replaceState(null, '', '#profile');
    render(<OptionsApp db={db} />);
    const select = (await screen.findByTestId('language')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'en' } });
    await screen.findByRole('heading', { level: 1, name: 'Laipni settings' });
    // liveQuery may show a write before its transaction commits; wait for the stored value.
    await waitFor(async () => expect((await getSettings(db)).uiLanguage).toBe('en'));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByRole('tab', { name: 'Rules' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'lv' } });
    await screen.findByRole('heading', { level: 1, name: 'Laipni iestatījumi' });
  });

  it('saves the agent’s name, surname and company', async () => {
    history.replaceState(null, '', '#profile');
    render(<OptionsApp db={db} />);
    fireEvent.input(await screen.findByTestId('identity-agentName'), { target: { value: 'Anna' } });
    fireEvent.input(screen.getByTestId('identity-agentSurname'), { target: { value: 'Liepa' } });
    fireEvent.input(screen.getByTestId('identity-company'), { target: { value: 'SIA Laipni' } });
    expect(screen.getByTestId('identity-form').textContent).toContain(
      'Mans vārds ir Anna Liepa, SIA Laipni.',
    );
    fireEvent.submit(screen.getByTestId('identity-form'));
    await waitFor(async () =>
      expect(await getSettings(db)).toMatchObject({
        agentName: 'Anna',
        agentSurname: 'Liepa',
        company: 'SIA Laipni',
      }),
    );
  });
});
