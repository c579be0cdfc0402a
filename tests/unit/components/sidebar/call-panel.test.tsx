// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { tickAndAdvance } from '../../../../lib/data/call-advance';
import { getActiveCall, listCalls } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import { updateSettings } from '../../../../lib/data/settings';
import { getSiteSettings } from '../../../../lib/data/sites';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import { freshDb } from '../../data/helpers';
import { clickAndConfirm, fakeBackground, renderSidebar, SITE } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const item = (id: string) => $(`[data-laipni="check-item"][data-item="${id}"]`);
const checked = (id: string) => item(id)?.getAttribute('aria-checked');

async function startInbound() {
  fireEvent.click(await screen.findByRole('button', { name: 'Ienākošs' }));
  await waitFor(() => expect($('[data-laipni="call"]')).not.toBeNull());
}

describe('the call panel', () => {
  it('starts a call in the opening, with a timer and the opening checklist', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    background.setTab({ values: { customerName: 'Jānis Bērziņš' }, contactKey: 'k1' });
    renderSidebar(db, background);
    await startInbound();
    expect($('[data-laipni="call"]')?.dataset.phase).toBe('opening');
    expect($('[data-laipni="call-timer"]')?.textContent).toMatch(/^0:0\d$/);
    expect($('[data-laipni="call-customer"]')?.textContent).toBe('Klients: Jānis Bērziņš');
    expect(screen.getByRole('button', { name: 'Sākums', pressed: true })).toBeTruthy();
    expect(checked('open-greeting')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Zvans sākts.');
    const call = await getActiveCall(db);
    expect(call).toMatchObject({ direction: 'inbound', startedByAgent: false, contactKey: 'k1' });
  });

  it('ticks and unticks items by click and keyboard; auto ticks arrive live and move the phase', async () => {
    db = freshDb();
    renderSidebar(db, fakeBackground(db));
    await startInbound();
    fireEvent.click(item('open-greeting') as HTMLElement);
    await waitFor(() => expect(checked('open-greeting')).toBe('true'));
    fireEvent.keyDown(item('open-greeting') as HTMLElement, { key: ' ' });
    await waitFor(() => expect(checked('open-greeting')).toBe('false'));
    fireEvent.keyDown(item('open-greeting') as HTMLElement, { key: 'Enter' });
    await waitFor(() => expect(checked('open-greeting')).toBe('true'));

    // What the background writes when the page detects typed items.
    const call = await getActiveCall(db);
    for (const itemId of ['open-name', 'open-company', 'open-offer-help']) {
      await tickAndAdvance(db, call?.id ?? '', BUILTIN_PACK.checklists ?? {}, {
        itemId,
        checklist: 'opening',
        ticked: true,
        auto: true,
      });
    }
    await waitFor(() => expect(checked('open-offer-help')).toBe('true'));
    expect(item('open-name')?.dataset.auto).toBe('true');
    await waitFor(() => expect($('[data-laipni="call"]')?.dataset.phase).toBe('body'));
    expect(screen.getByRole('button', { name: 'Saruna', pressed: true })).toBeTruthy();
  });

  it('switches phases by hand', async () => {
    db = freshDb();
    renderSidebar(db, fakeBackground(db));
    await startInbound();
    fireEvent.click(screen.getByRole('button', { name: 'Noslēgums' }));
    await waitFor(() => expect($('[data-laipni="call"]')?.dataset.phase).toBe('closing'));
    expect((await getActiveCall(db))?.phases.map((p) => p.phase)).toEqual(['opening', 'closing']);
    // The closing checklist is the one open now.
    const closing = $('[data-laipni="checklist"][data-kind="closing"] .disclosure');
    expect(closing?.getAttribute('aria-expanded')).toBe('true');
  });

  it('ends a call into the log', async () => {
    db = freshDb();
    renderSidebar(db, fakeBackground(db));
    await startInbound();
    await clickAndConfirm(screen.getByRole('button', { name: 'Beigt zvanu' }), 'Jā, beigt');
    await screen.findByRole('button', { name: 'Ienākošs' });
    expect((await listCalls(db))[0]).toMatchObject({ outcome: 'completed' });
  });

  it('a dropped outbound call leaves a call-back reminder that survives a reload until dismissed', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    background.setTab({ values: { customerName: 'Jānis Bērziņš' }, contactKey: 'k1' });
    renderSidebar(db, background);
    fireEvent.click(await screen.findByRole('button', { name: 'Izejošs' }));
    await clickAndConfirm(
      await screen.findByRole('button', { name: 'Savienojums pārtrūka' }),
      'Jā, pārtrūka',
    );
    const reminder = await waitFor(() => {
      const found = $('[data-laipni="callback-reminder"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(reminder.textContent).toContain('Jānis Bērziņš: savienojums pārtrūka');
    expect((await listCalls(db))[0]).toMatchObject({ outcome: 'dropped', startedByAgent: true });

    cleanup();
    renderSidebar(db, background);
    await waitFor(() => expect($('[data-laipni="callback-reminder"]')).not.toBeNull());
    fireEvent.click($('[data-laipni="callback-dismiss"]') as HTMLElement);
    await waitFor(() => expect($('[data-laipni="callback-reminder"]')).toBeNull());

    cleanup();
    renderSidebar(db, background);
    await screen.findByRole('button', { name: 'Izejošs' });
    expect($('[data-laipni="callback-reminder"]')).toBeNull();
  });

  it('the call-back button calls the contact again, which settles the reminder', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    background.setTab({ contactKey: 'k1' });
    renderSidebar(db, background);
    fireEvent.click(await screen.findByRole('button', { name: 'Izejošs' }));
    await clickAndConfirm(
      await screen.findByRole('button', { name: 'Savienojums pārtrūka' }),
      'Jā, pārtrūka',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Atzvanīt' }));
    await waitFor(() => expect($('[data-laipni="repeat-call"]')).not.toBeNull());
    await waitFor(() => expect($('[data-laipni="callback-reminder"]')).toBeNull());
    // The call after a drop shows the dropped-call checklist too.
    expect($('[data-laipni="checklist"][data-kind="droppedCall"]')).not.toBeNull();
  });

  it('a dropped inbound call reminds no one', async () => {
    db = freshDb();
    renderSidebar(db, fakeBackground(db));
    await startInbound();
    await clickAndConfirm(
      screen.getByRole('button', { name: 'Savienojums pārtrūka' }),
      'Jā, pārtrūka',
    );
    await screen.findByRole('button', { name: 'Ienākošs' });
    expect((await listCalls(db))[0]?.outcome).toBe('dropped');
    expect($('[data-laipni="callback-reminder"]')).toBeNull();
  });

  it('a repeat call says so, shows how the last call ended, and uses the repeat checklist', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    background.setTab({ contactKey: 'k1' });
    renderSidebar(db, background);
    await startInbound();
    await clickAndConfirm(screen.getByRole('button', { name: 'Beigt zvanu' }), 'Jā, beigt');
    await startInbound();
    const banner = $('[data-laipni="repeat-call"]');
    expect(banner?.textContent).toContain('Atkārtots zvans');
    expect(banner?.textContent).toContain('pabeigts');
    expect(banner?.textContent).toContain('«Atkal zvanu es!»');
    expect(item('repeat-introduce-again')).not.toBeNull();
    expect(item('open-greeting')).toBeNull();
  });

  it('offers a call to a clicked tel: number and starts it outbound', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    renderSidebar(db, background);
    await screen.findByRole('button', { name: 'Ienākošs' });
    background.setTab({ telOffer: { number: '+37126123456', at: Date.now() } });
    const offer = await waitFor(() => {
      const found = $('[data-laipni="tel-offer"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(offer.textContent).toContain('Sākt zvanu uz +37126123456?');
    fireEvent.click($('[data-laipni="tel-start"]') as HTMLElement);
    await waitFor(() => expect($('[data-laipni="call"]')).not.toBeNull());
    expect($('[data-laipni="tel-offer"]')).toBeNull();
    expect(await getActiveCall(db)).toMatchObject({ direction: 'outbound', startedByAgent: true });
  });

  it('switches the site off (after asking) and on, and speaks English when settings say so', async () => {
    db = freshDb();
    renderSidebar(db, fakeBackground(db));
    const toggle = await screen.findByRole('switch', { name: 'Laipni šajā vietnē' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    // Switching off asks first; cancelling changes nothing.
    fireEvent.click(toggle);
    fireEvent.click(await screen.findByRole('button', { name: 'Atcelt' }));
    expect((await getSiteSettings(db, SITE)).enabled).toBe(true);
    await clickAndConfirm(toggle, 'Jā, izslēgt');
    await waitFor(() => expect($('[data-laipni="site-off"]')).not.toBeNull());
    expect((await getSiteSettings(db, SITE)).enabled).toBe(false);
    // Switching on again does not ask.
    fireEvent.click(await screen.findByRole('switch', { name: 'Laipni šajā vietnē' }));
    await waitFor(() => expect($('[data-laipni="site-off"]')).toBeNull());
    expect((await getSiteSettings(db, SITE)).enabled).toBe(true);

    await updateSettings(db, { uiLanguage: 'en' });
    await screen.findByRole('button', { name: 'Inbound' });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
