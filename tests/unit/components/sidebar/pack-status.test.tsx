// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { addSubscription, updateSubscription } from '../../../../lib/data/subscriptions';
import { type SubscriptionChange } from '../../../../lib/core/model/distribution';
import { formatDateTime } from '../../../../components/sidebar/format';
import { freshDb } from '../../data/helpers';
import { fakeBackground, renderSidebar } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const URL_A = 'https://packs.example.lv/team.json';
const SUCCESS_AT = Date.UTC(2025, 2, 12, 12, 5);

function change(at: number, overrides: Partial<SubscriptionChange> = {}): SubscriptionChange {
  return {
    at,
    packId: 'team',
    packName: 'Komandas paka',
    fromVersion: '1.0.0',
    toVersion: '1.1.0',
    direction: 'upgrade',
    added: [{ id: 'jauns-noteikums', reason: { lv: 'Jauns' } }],
    removed: [{ id: 'vecs-noteikums', reason: { lv: 'Vecs' } }],
    changed: [{ id: 'hallo', reason: { lv: 'Sveiciens' }, fields: ['match'] }],
    counts: { added: 1, removed: 1, changed: 1 },
    lockedAdded: [],
    lockedRemoved: [],
    checklistsChanged: false,
    phrasesChanged: false,
    changelog: [{ version: '1.1.0', notes: { lv: 'Pievienots <b>jauns</b> noteikums.' } }],
    ...overrides,
  };
}

describe('pack subscriptions in the sidebar', () => {
  it('shows nothing while all subscriptions are fine and seen', async () => {
    db = freshDb();
    await addSubscription(db, URL_A, 1);
    await updateSubscription(db, URL_A, { packId: 'team', lastSuccessAt: SUCCESS_AT });
    renderSidebar(db, fakeBackground(db));
    await screen.findByText('Fokusētajā laukā piezīmju nav.');
    expect($('[data-laipni="pack-status"]')).toBeNull();
  });

  it('shows a failing update with its error and the time of the last success', async () => {
    db = freshDb();
    await addSubscription(db, URL_A, 1);
    await updateSubscription(db, URL_A, {
      packId: 'team',
      lastSuccessAt: SUCCESS_AT,
      lastError: { lv: 'Serveris atbildēja 503.', en: 'The server answered 503.' },
    });
    renderSidebar(db, fakeBackground(db));
    const notice = await waitFor(() => {
      const found = $('[data-laipni="pack-error"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Serveris atbildēja 503.');
    expect(notice.textContent).toContain(
      `Pēdējais veiksmīgais atjauninājums: ${formatDateTime('lv', SUCCESS_AT)}`,
    );
    expect(screen.getByRole('region', { name: 'Noteikumu paku atjauninājumi' })).toBeTruthy();
  });

  it('shows what an update changed until dismissed, and a later update again', async () => {
    db = freshDb();
    await addSubscription(db, URL_A, 1);
    await updateSubscription(db, URL_A, {
      packId: 'team',
      lastSuccessAt: SUCCESS_AT,
      lastChange: change(SUCCESS_AT),
    });
    renderSidebar(db, fakeBackground(db));
    const panel = await screen.findByRole('region', {
      name: 'Paka «Komandas paka» atjaunināta: 1.0.0 → 1.1.0',
    });
    expect(panel.dataset.laipni).toBe('pack-change');
    const text = panel.textContent ?? '';
    expect(text).toContain('+1 pievienoti, −1 noņemti, ~1 mainīti');
    expect(text).toContain('jauns-noteikums');
    expect(text).toContain('vecs-noteikums');
    expect(text).toContain('hallo');
    // Changelog notes are pack text: shown as text, never parsed as markup.
    expect(text).toContain('Pievienots <b>jauns</b> noteikums.');
    expect(panel.querySelector('b')).toBeNull();

    fireEvent.click(
      within(panel).getByRole('button', {
        name: 'Skaidrs: paslēpt pakas «Komandas paka» izmaiņas',
      }),
    );
    await waitFor(() => expect($('[data-laipni="pack-change"]')).toBeNull());
    expect((await db.subscriptions.get(URL_A))?.changeSeenAt).toBe(SUCCESS_AT);

    await updateSubscription(db, URL_A, {
      lastChange: change(SUCCESS_AT + 60_000, { fromVersion: '1.1.0', toVersion: '1.2.0' }),
    });
    await screen.findByRole('region', {
      name: 'Paka «Komandas paka» atjaunināta: 1.1.0 → 1.2.0',
    });
  });
});
