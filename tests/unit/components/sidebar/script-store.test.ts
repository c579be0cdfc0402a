// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import type { Pack } from '../../../../lib/core/model/pack';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import { endCall } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import type { ActiveCallView } from '../../../../lib/protocol/sidebar-store';
import { parseClientMessage } from '../../../../lib/protocol/sidebar-store-wire';
import { freshDb } from '../../data/helpers';
import { fakeBackground, TAB_ID } from './render';

/** The sidebar's script commands and query, through the real tab store over in-memory ports. */

let db: LaipniDb;
afterEach(() => db?.close());

const pack: Pack = { ...BUILTIN_PACK, format: 'laipni-pack/2', scripts: [...BUILTIN_SCRIPTS] };

function watchScriptCall(background: ReturnType<typeof fakeBackground>) {
  const seen: Array<ActiveCallView | null> = [];
  background.store.watch(
    { name: 'script-call', params: {} },
    (v) => seen.push(v),
    () => {},
  );
  return seen;
}

describe('the script store commands', () => {
  it('start a call with a script, move through it and refuse a bad capture with its reason', async () => {
    db = freshDb();
    const background = fakeBackground(db, pack);
    const seen = watchScriptCall(background);
    const { callId } = await background.store.run({
      name: 'start-call',
      params: { direction: 'outbound', startedByAgent: true, scriptId: 'outbound-offer' },
    });
    await vi.waitFor(() => expect(seen.at(-1)?.call.script?.current).toBe('intro'));

    const move = (m: Parameters<typeof background.store.run<'script-move'>>[0]['params']['move']) =>
      background.store.run({ name: 'script-move', params: { callId, move: m } });
    expect(await move({ kind: 'next' })).toEqual({ ok: true });
    await move({ kind: 'next' });
    await move({ kind: 'answer', answer: 'later' });
    await vi.waitFor(() => expect(seen.at(-1)?.call.script?.current).toBe('schedule'));
    const refused = await move({ kind: 'capture', field: 'callbackDate', value: '31.02.2031' });
    expect(refused).toMatchObject({
      ok: false,
      error: { en: expect.stringContaining('no such date') },
    });
    expect(await move({ kind: 'capture', field: 'callbackDate', value: '15.03.2031' })).toEqual({
      ok: true,
    });
    await vi.waitFor(() =>
      expect(seen.at(-1)?.call.script?.captures).toEqual({ callbackDate: '2031-03-15' }),
    );
    expect(seen.at(-1)?.call.phases.at(-1)?.phase).toBe('body');
  });

  it('keeps showing an ended call while its note is open, until dismissed', async () => {
    db = freshDb();
    const background = fakeBackground(db, pack);
    const seen = watchScriptCall(background);
    const { callId } = await background.store.run({
      name: 'start-call',
      params: { direction: 'inbound', startedByAgent: false },
    });
    expect(
      await background.store.run({
        name: 'script-start',
        params: { callId, scriptId: 'inbound-service' },
      }),
    ).toEqual({ ok: true });
    await background.store.run({
      name: 'script-move',
      params: { callId, move: { kind: 'finish', outcome: 'resolved' } },
    });
    await endCall(db, callId);
    await vi.waitFor(() => expect(seen.at(-1)?.call.outcome).toBe('completed'));
    expect(seen.at(-1)?.call.script?.outcome?.id).toBe('resolved');
    await background.store.run({
      name: 'script-move',
      params: { callId, move: { kind: 'dismiss-note' } },
    });
    await vi.waitFor(() => expect(seen.at(-1)).toBeNull());
  });

  it('refuses a script that is not in the packs, and a typed mark from the sidebar', async () => {
    db = freshDb();
    const background = fakeBackground(db, pack);
    const { callId } = await background.store.run({
      name: 'start-call',
      params: { direction: 'inbound', startedByAgent: false },
    });
    const gone = await background.store.run({
      name: 'script-start',
      params: { callId, scriptId: 'made-up' },
    });
    expect(gone).toMatchObject({
      ok: false,
      error: { en: expect.stringContaining('not available here') },
    });
    const typed = {
      t: 'run',
      id: 1,
      command: {
        name: 'script-move',
        params: { callId, move: { kind: 'said', step: 'greet', how: 'typed' } },
      },
    };
    expect(parseClientMessage(typed)).toBeNull();
    expect(
      parseClientMessage({
        ...typed,
        command: {
          ...typed.command,
          params: { callId, move: { kind: 'said', step: 'greet', how: 'ticked' } },
        },
      }),
    ).not.toBeNull();
  });

  it('inserts the call note into the notes field of the tab', async () => {
    db = freshDb();
    const background = fakeBackground(db, pack);
    expect(
      await background.store.run({ name: 'insert', params: { text: 'Piezīme', target: 'note' } }),
    ).toEqual({ ok: true });
    expect(background.insert).toHaveBeenCalledWith(TAB_ID, 'Piezīme', 'note');
  });
});
