// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptsSection } from '../../../../components/options/sections/scripts/ScriptsSection';
import type { LaipniDb } from '../../../../lib/data/database';
import { importPack } from '../../../../lib/data/pack-import';
import { listPersonalScripts } from '../../../../lib/data/personal-scripts';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

/** A team pack whose one script the lead locked. */
function lockedTeamPack() {
  return {
    format: 'laipni-pack/2',
    id: 'team.locked',
    name: 'Komanda',
    version: '1.0.0',
    author: 'Vadītāja',
    language: 'lv',
    rules: [],
    scripts: [
      {
        id: 'team-survey',
        locked: true,
        name: { lv: 'Komandas aptauja' },
        start: 'hello',
        steps: [
          {
            id: 'hello',
            title: { lv: 'Sveiciens' },
            phase: 'opening',
            say: ['Labdien! Mans vārds ir {agentName}.'],
            next: 'bye',
          },
          {
            id: 'bye',
            title: { lv: 'Atvadas' },
            phase: 'closing',
            say: ['Paldies par sarunu!'],
            outcomes: ['done'],
          },
        ],
        outcomes: [{ id: 'done', label: { lv: 'Pabeigts' } }],
        note: 'Iznākums: {outcome}.',
      },
    ],
  };
}

/** The options page's script list with the locked team script in it; its entry. */
async function listedTeamScript(): Promise<HTMLElement> {
  db = freshDb();
  await withSmallBuiltin(db);
  expect((await importPack(db, lockedTeamPack())).ok).toBe(true);
  renderWithDb(<ScriptsSection />, db);
  const list = await screen.findByTestId('script-list');
  return waitFor(() => {
    const entry = list.querySelector('[data-script="team-survey"]') as HTMLElement | null;
    if (!entry) throw new Error('not listed yet');
    return entry;
  });
}

describe('the options page call scripts', () => {
  it('says which sites a scoped script is for', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    const pack = lockedTeamPack();
    const [script] = pack.scripts;
    const scoped = {
      ...pack,
      scripts: [{ ...script, sites: { hosts: ['desk.acme.lv'], profiles: ['sales'] } }],
    };
    expect((await importPack(db, scoped)).ok).toBe(true);
    renderWithDb(<ScriptsSection />, db, 'en');
    const list = await screen.findByTestId('script-list');
    const entry = await waitFor(() => {
      const found = list.querySelector('[data-script="team-survey"]') as HTMLElement | null;
      if (!found) throw new Error('not listed yet');
      return found;
    });
    expect(within(entry).getByTestId('script-sites').textContent).toContain(
      'Sites: desk.acme.lv, profile «sales»',
    );
    // An unscoped script names no sites (it is on every site).
    const others = [...list.querySelectorAll('[data-testid="script-entry"]')].filter(
      (e) => e !== entry,
    );
    expect(others.length).toBeGreaterThan(0);
    for (const other of others)
      expect(other.querySelector('[data-testid="script-sites"]')).toBeNull();
  });

  it('a locked team script can only be copied; the copy is a personal script saved after checks', async () => {
    const team = await listedTeamScript();
    expect(team.getAttribute('data-layer')).toBe('team');
    expect(within(team).getByTestId('script-locked').textContent).toBe('Slēgts (komanda)');
    expect(within(team).queryByTestId('script-edit')).toBeNull();

    fireEvent.click(within(team).getByTestId('script-copy'));
    const editor = await screen.findByTestId('script-editor');
    const id = within(editor).getByTestId('script-id') as HTMLInputElement;
    expect(id.value).toBe('team-survey-copy');
    await waitFor(() =>
      expect(within(editor).getByTestId('script-verdict').getAttribute('data-ok')).toBe('true'),
    );
    // A text the handbook's rules refuse keeps it from being saved, the reason beside the text.
    const say = within(editor).getAllByTestId('step-say')[0] as HTMLTextAreaElement;
    fireEvent.input(say, { target: { value: 'Šeit runā Anna.' } });
    await waitFor(() =>
      expect(within(editor).getByTestId('script-verdict').getAttribute('data-ok')).toBe('false'),
    );
    expect((within(editor).getByTestId('script-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(say, { target: { value: 'Labdien! Mans vārds ir {agentName}.' } });
    await waitFor(() =>
      expect((within(editor).getByTestId('script-save') as HTMLButtonElement).disabled).toBe(false),
    );
    // How the step is recognised when typed: one phrase per line.
    const detect = within(editor).getAllByTestId('step-detect')[0] as HTMLTextAreaElement;
    fireEvent.input(detect, { target: { value: 'mans vārds ir\nmani sauc' } });
    await waitFor(() =>
      expect((within(editor).getByTestId('script-save') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(within(editor).getByTestId('script-save'));
    await screen.findByTestId('scripts-status');
    const mine = await listPersonalScripts(db);
    expect(mine.map((s) => [s.id, s.locked])).toEqual([['team-survey-copy', undefined]]);
    expect(mine[0]?.steps[0]?.detect).toEqual({ phrases: ['mans vārds ir', 'mani sauc'] });
  });

  it(
    'edits objection cards and the repeat-call start, checked like every text, and saves them',
    { timeout: 30_000 },
    async () => {
      const team = await listedTeamScript();
      fireEvent.click(within(team).getByTestId('script-copy'));
      const editor = await screen.findByTestId('script-editor');
      await waitFor(() =>
        expect(within(editor).getByTestId('script-verdict').getAttribute('data-ok')).toBe('true'),
      );

      fireEvent.click(within(editor).getByTestId('objection-add'));
      const card = await within(editor).findByTestId('objection-editor');
      expect((within(card).getByTestId('objection-id') as HTMLInputElement).value).toBe(
        'objection-1',
      );
      fireEvent.input(within(card).getByTestId('objection-label'), { target: { value: 'Dārgi' } });
      // The engine checks what the card says (in the body of a call), the verdict beside the card.
      fireEvent.input(within(card).getByTestId('objection-say'), {
        target: { value: 'Hallo, saprotu.' },
      });
      await waitFor(() =>
        expect(
          [...card.querySelectorAll('[data-kind="warning"]')].map((li) =>
            li.getAttribute('data-path'),
          ),
        ).toContain('objections[0].say[0]'),
      );
      fireEvent.input(within(card).getByTestId('objection-say'), {
        target: { value: 'Saprotu, cena ir svarīga.\nApskatīsim lētāku plānu.' },
      });
      fireEvent.change(within(card).getByTestId('objection-return'), { target: { value: 'bye' } });
      fireEvent.change(within(editor).getByTestId('script-repeatStart'), {
        target: { value: 'hello' },
      });
      await waitFor(() =>
        expect((within(editor).getByTestId('script-save') as HTMLButtonElement).disabled).toBe(
          false,
        ),
      );
      fireEvent.click(within(editor).getByTestId('script-save'));
      await screen.findByTestId('scripts-status');
      const [saved] = await listPersonalScripts(db);
      expect(saved?.repeatStart).toBe('hello');
      expect(saved?.resumeStart).toBeUndefined();
      expect(saved?.objections).toEqual([
        {
          id: 'objection-1',
          label: { lv: 'Dārgi' },
          say: ['Saprotu, cena ir svarīga.', 'Apskatīsim lētāku plānu.'],
          returnTo: 'bye',
        },
      ]);
    },
  );

  it('an outcome can require fields and have its own note template', async () => {
    const team = await listedTeamScript();
    fireEvent.click(within(team).getByTestId('script-copy'));
    const editor = await screen.findByTestId('script-editor');
    // A field to note on the first step.
    fireEvent.click(within(editor).getAllByTestId('capture-add')[0] as HTMLElement);
    const capture = await within(editor).findByTestId('script-capture-editor');
    const captureId = (within(capture).getByTestId('capture-id') as HTMLInputElement).value;
    fireEvent.input(within(capture).getByTestId('capture-label'), {
      target: { value: 'Līguma numurs' },
    });
    const outcome = within(editor).getByTestId('outcome-editor');
    const require = await within(outcome).findByTestId('outcome-require');
    expect(require.getAttribute('data-capture')).toBe(captureId);
    fireEvent.click(require);
    fireEvent.input(within(outcome).getByTestId('outcome-note'), {
      target: { value: `Pabeigts, līgums {${captureId}}.` },
    });
    await waitFor(() =>
      expect((within(editor).getByTestId('script-save') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(within(editor).getByTestId('script-save'));
    await screen.findByTestId('scripts-status');
    const [saved] = await listPersonalScripts(db);
    expect(saved?.outcomes).toEqual([
      {
        id: 'done',
        label: { lv: 'Pabeigts' },
        requires: [captureId],
        note: `Pabeigts, līgums {${captureId}}.`,
      },
    ]);
  });

  it('a field’s limits: a number’s bounds and whole numbers, a date not in the past', async () => {
    const team = await listedTeamScript();
    fireEvent.click(within(team).getByTestId('script-copy'));
    const editor = await screen.findByTestId('script-editor');
    fireEvent.click(within(editor).getAllByTestId('capture-add')[0] as HTMLElement);
    await within(editor).findByTestId('script-capture-editor');
    fireEvent.click(within(editor).getAllByTestId('capture-add')[0] as HTMLElement);
    const [amount, date] = await waitFor(() => {
      const fields = within(editor).getAllByTestId('script-capture-editor');
      if (fields.length < 2) throw new Error('the second field is not there yet');
      return fields;
    });
    if (!amount || !date) throw new Error('two fields expected');
    fireEvent.input(within(amount).getByTestId('capture-label'), { target: { value: 'Summa' } });
    fireEvent.change(within(amount).getByTestId('capture-kind'), { target: { value: 'number' } });
    fireEvent.input(await within(amount).findByTestId('capture-min'), { target: { value: '1' } });
    fireEvent.input(within(amount).getByTestId('capture-max'), { target: { value: '500' } });
    fireEvent.click(within(amount).getByTestId('capture-integer'));
    fireEvent.input(within(date).getByTestId('capture-label'), { target: { value: 'Datums' } });
    fireEvent.change(within(date).getByTestId('capture-kind'), { target: { value: 'date' } });
    fireEvent.click(await within(date).findByTestId('capture-not-past'));
    await waitFor(() =>
      expect((within(editor).getByTestId('script-save') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(within(editor).getByTestId('script-save'));
    await screen.findByTestId('scripts-status');
    const [saved] = await listPersonalScripts(db);
    expect(saved?.steps[0]?.captures).toMatchObject([
      { kind: 'number', label: { lv: 'Summa' }, min: 1, max: 500, integer: true },
      { kind: 'date', label: { lv: 'Datums' }, notPast: true },
    ]);
  });

  it('says when the script fits: direction, channels and situations, nothing chosen meaning any', async () => {
    const team = await listedTeamScript();
    fireEvent.click(within(team).getByTestId('script-copy'));
    const editor = await screen.findByTestId('script-editor');
    const pick = (testId: string, attribute: string, value: string) =>
      fireEvent.click(editor.querySelector(`[data-testid="${testId}"][${attribute}="${value}"]`)!);
    fireEvent.change(within(editor).getByTestId('script-direction'), {
      target: { value: 'inbound' },
    });
    pick('script-channel', 'data-channel', 'chat');
    pick('script-channel', 'data-channel', 'call');
    pick('script-channel', 'data-channel', 'call');
    pick('script-situation', 'data-situation', 'complaint');
    await waitFor(() =>
      expect((within(editor).getByTestId('script-save') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(within(editor).getByTestId('script-save'));
    await screen.findByTestId('scripts-status');
    const [saved] = await listPersonalScripts(db);
    expect(saved?.appliesTo).toEqual({
      direction: 'inbound',
      channels: ['chat'],
      situations: ['complaint'],
    });
  });
});
