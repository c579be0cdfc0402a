// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { getSiteSettings } from '../../../../lib/data/sites';
import { SitesSection } from '../../../../components/options/sections/sites/SitesSection';
import { siteKeyFromInput } from '../../../../components/options/sections/sites/site-key';
import { freshDb } from '../../data/helpers';
import { renderWithDb } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

describe('sites section', () => {
  it('reads a site key from an address or a bare host', () => {
    expect(siteKeyFromInput('https://CRM.example.lv/tickets/1')).toBe('crm.example.lv');
    expect(siteKeyFromInput(' crm.example.lv ')).toBe('crm.example.lv');
    expect(siteKeyFromInput('crm example')).toBe('');
  });

  it('switches Laipni off on a site and back on', async () => {
    db = freshDb();
    renderWithDb(<SitesSection />, db);
    fireEvent.input(screen.getByTestId('site-input'), {
      target: { value: 'https://crm.example.lv/x' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Izslēgt šajā vietnē' }));
    await waitFor(async () =>
      expect((await getSiteSettings(db, 'crm.example.lv')).enabled).toBe(false),
    );
    const toggle = await within(screen.getByTestId('site-list')).findByRole('switch');
    fireEvent.click(toggle);
    await waitFor(async () =>
      expect((await getSiteSettings(db, 'crm.example.lv')).enabled).toBe(true),
    );
  });

  it('adds, edits and deletes a site profile; a bad selector is refused', async () => {
    db = freshDb();
    renderWithDb(<SitesSection />, db);
    fireEvent.click(screen.getByTestId('add-profile'));
    const form = screen.getByTestId('site-profile-form');
    fireEvent.input(within(form).getByTestId('profile-name'), { target: { value: 'Demo CRM' } });
    fireEvent.input(within(form).getByTestId('profile-site'), { target: { value: 'localhost' } });
    fireEvent.click(within(form).getByTestId('add-variable'));
    fireEvent.input(within(form).getByTestId('variable-selector'), {
      target: { value: '#customer[' },
    });
    fireEvent.click(within(form).getByTestId('save-profile'));
    expect((await within(form).findByTestId('profile-problems')).textContent).toContain(
      '#customer[',
    );
    expect(await db.siteProfiles.count()).toBe(0);

    fireEvent.input(within(form).getByTestId('variable-selector'), {
      target: { value: '#customer-name' },
    });
    fireEvent.click(within(form).getByTestId('save-profile'));
    await waitFor(() => expect(screen.queryByTestId('site-profile-form')).toBeNull());
    const [stored] = await db.siteProfiles.toArray();
    expect(stored).toMatchObject({
      name: 'Demo CRM',
      site: 'localhost',
      source: 'user',
      variables: [{ variable: 'customerName', selector: '#customer-name' }],
    });
    const item = await screen.findByText('Demo CRM');
    const row = item.closest('li') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Labot' }));
    fireEvent.input(within(screen.getByTestId('site-profile-form')).getByTestId('profile-name'), {
      target: { value: 'Demo' },
    });
    fireEvent.click(screen.getByTestId('save-profile'));
    await screen.findByText('Demo');
    fireEvent.click(
      within(screen.getByText('Demo').closest('li') as HTMLElement).getByRole('button', {
        name: 'Dzēst',
      }),
    );
    await waitFor(async () => expect(await db.siteProfiles.count()).toBe(0));
  });
});
