// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { endCall, listCalls, startCall } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import { updateSettings } from '../../../../lib/data/settings';
import type { PageFinding } from '../../../../lib/protocol/page-messages';
import { freshDb } from '../../data/helpers';
import { clickAndConfirm, fakeBackground, renderSidebar } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

/** A finding as the page engine reports it: a span and a rule id, filled by the background. */
const finding: PageFinding = {
  ruleId: 'es-nezinu',
  start: 10,
  end: 19,
  text: 'Es nezinu',
  severity: 'warning',
};

describe('the findings of the focused field', () => {
  it('lists them with the card’s hooks and applies a suggestion through the page', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    renderSidebar(db, background);
    await screen.findByText('Fokusētajā laukā piezīmju nav.');
    background.setTab({ findings: [finding] });
    const item = await waitFor(() => {
      const found = $('[data-laipni="finding"][data-rule="es-nezinu"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(item.textContent).toContain('Atzīmēts: «Es nezinu»');
    // The reason and the suggestions come from the rule, filled in the background.
    expect(item.textContent).toContain('grauj uzticību');
    const buttons = within(item).getAllByRole('button');
    expect(buttons.map((b) => b.dataset.laipni)).toEqual([
      'suggestion',
      'suggestion',
      'suggestion',
    ]);
    fireEvent.click(buttons[1] as HTMLElement);
    await waitFor(() =>
      expect(background.apply).toHaveBeenCalledWith(
        7,
        { ruleId: 'es-nezinu', start: 10, end: 19, text: 'Es nezinu' },
        'Es precizēšu un Jums atzvanīšu',
      ),
    );
    await waitFor(() =>
      expect($('[role="status"]')?.textContent).toBe('Ieteikums ievietots laukā.'),
    );
  });

  it('ignores another tab’s findings and says so when applying fails', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    background.apply.mockResolvedValue({ ok: false, reason: 'stale' });
    renderSidebar(db, background);
    await screen.findByText('Fokusētajā laukā piezīmju nav.');
    background.setOtherTab(99, { findings: [finding] });
    background.setTab({ findings: [{ ...finding, ruleId: 'greeting-hallo', text: 'hallo' }] });
    await waitFor(() =>
      expect($$('[data-laipni="finding"]').map((f) => f.dataset.rule)).toEqual(['greeting-hallo']),
    );
    fireEvent.click($('button[data-laipni="suggestion"]') as HTMLElement);
    await waitFor(() =>
      expect($('[role="status"]')?.textContent).toBe(
        'Neizdevās ievietot: lauks ir mainījies vai vairs nav lapā.',
      ),
    );
  });
});

describe('the phrase library', () => {
  it('fills the agent and customer, searches, and inserts the filled phrase', async () => {
    db = freshDb();
    await updateSettings(db, {
      agentName: 'Anna',
      agentSurname: 'Ozola',
      company: 'SIA Zaļā Enerģija',
    });
    const background = fakeBackground(db);
    background.setTab({ values: { customerName: 'Jānis Bērziņš' } });
    renderSidebar(db, background);
    fireEvent.click(await screen.findByRole('tab', { name: 'Frāzes' }));
    const short = await waitFor(() => {
      const found = $('[data-phrase="open-short"]');
      expect(found?.textContent).toContain('Jāni Bērziņ!');
      return found as HTMLElement;
    });
    expect(short.querySelector('kbd')?.textContent).toBe(';sk');
    expect($('[data-phrase="open-full"]')?.textContent).toContain(
      'Mans vārds ir Anna Ozola, SIA Zaļā Enerģija.',
    );
    fireEvent.input(screen.getByLabelText('Meklēt frāzes'), { target: { value: 'ZEL' } });
    await waitFor(() =>
      expect($$('[data-laipni="phrase"]').map((p) => p.dataset.phrase)).toEqual([
        'apology-company',
      ]),
    );
    expect($$('[data-laipni="phrase-group"]').map((g) => g.dataset.situation)).toEqual(['apology']);
    fireEvent.click($('[data-laipni="phrase"]') as HTMLElement);
    await waitFor(() =>
      expect(background.insert).toHaveBeenCalledWith(
        7,
        'Man ļoti žēl, atvainojos uzņēmuma vārdā. Vēlētos Jums piedāvāt ….',
      ),
    );
    fireEvent.input(screen.getByLabelText('Meklēt frāzes'), { target: { value: 'qqq' } });
    await screen.findByText('Neviena frāze neatbilst meklētajam.');
  });

  it('moves between the views with the arrow keys', async () => {
    db = freshDb();
    renderSidebar(db, fakeBackground(db));
    const checklist = await screen.findByRole('tab', { name: 'Kontrolsaraksts' });
    expect(checklist.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(checklist, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Skripts' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(checklist, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Žurnāls' }).getAttribute('aria-selected')).toBe('true');
    expect($('#sb-view-log')?.hidden).toBe(false);
    expect($('#sb-view-library')?.hidden).toBe(true);
  });
});

describe('the call log', () => {
  it('lists calls newest first, filters by name and contact, deletes one and all', async () => {
    db = freshDb();
    const calls = [
      { contactKey: 'k1', customerName: 'Jānis Bērziņš', now: 1_000 },
      { contactKey: 'k2', customerName: 'Ilze Kalniņa', now: 2_000 },
      { contactKey: 'k1', customerName: 'Jānis Bērziņš', now: 3_000 },
    ];
    for (const c of calls) {
      const call = await startCall(db, {
        site: 's',
        direction: 'inbound',
        startedByAgent: false,
        ...c,
      });
      await endCall(db, call.id, { now: c.now + 65_000 });
    }
    renderSidebar(db, fakeBackground(db));
    fireEvent.click(await screen.findByRole('tab', { name: 'Žurnāls' }));
    const entries = () => $$('[data-laipni="log-entry"]');
    await waitFor(() => expect(entries()).toHaveLength(3));
    expect(entries().map((e) => e.querySelector('strong')?.textContent)).toEqual([
      'Jānis Bērziņš',
      'Ilze Kalniņa',
      'Jānis Bērziņš',
    ]);
    expect(entries()[0]?.textContent).toContain('Ilgums: 1:05');
    expect(entries()[0]?.textContent).toContain('Fāzes: Sākums 1:05');

    fireEvent.input(screen.getByLabelText('Filtrēt pēc klienta'), { target: { value: 'kalnina' } });
    await waitFor(() => expect(entries()).toHaveLength(1));
    fireEvent.input(screen.getByLabelText('Filtrēt pēc klienta'), { target: { value: '' } });
    await waitFor(() => expect(entries()).toHaveLength(3));
    fireEvent.click(entries()[0]?.querySelector('[data-laipni="log-contact"]') as HTMLElement);
    await waitFor(() => expect(entries()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Rādīt visus zvanus' }));
    await waitFor(() => expect(entries()).toHaveLength(3));

    await clickAndConfirm(
      entries()[1]?.querySelector('[data-laipni="log-delete"]') as HTMLElement,
      'Jā, dzēst',
    );
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect((await listCalls(db)).map((c) => c.customerName)).toEqual([
      'Jānis Bērziņš',
      'Jānis Bērziņš',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Dzēst visus zvanus' }));
    await screen.findByText('Dzēst visus zvanus (2)? To nevar atsaukt.');
    fireEvent.click(screen.getByRole('button', { name: 'Atcelt' }));
    expect(entries()).toHaveLength(2);
    await clickAndConfirm(screen.getByRole('button', { name: 'Dzēst visus zvanus' }), 'Jā, dzēst');
    await screen.findByText('Zvanu vēl nav.');
    expect(await listCalls(db)).toEqual([]);
  });
});
