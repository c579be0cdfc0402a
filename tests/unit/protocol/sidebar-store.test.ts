import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCall } from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import { updateSettings } from '../../../lib/data/settings';
import type { ActiveCallView, SidebarStore } from '../../../lib/protocol/sidebar-store';
import { localStore } from '../../../lib/background/sidebar/data-store';
import { parseClientMessage } from '../../../lib/protocol/sidebar-store-wire';
import { remoteStore } from '../../../lib/protocol/transport/store-client';
import { serveStore } from '../../../lib/protocol/transport/store-server';
import { freshDb } from '../data/helpers';
import { fakeBackground, portPair } from '../components/sidebar/render';
import { CHECKLISTS } from '../core/calls/fixtures';
import { BUILTIN_PACK } from '../../../lib/core/engine';

let db: LaipniDb;
afterEach(() => db?.close());

/** Resolves with the first value `watch` reports that passes `test`. */
function until<T>(
  watch: (next: (value: T) => void) => () => void,
  test: (value: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    const stop = watch((value) => {
      if (!test(value)) return;
      queueMicrotask(() => stop());
      resolve(value);
    });
  });
}

describe('the sidebar store over a port', () => {
  it('answers live queries and runs commands in the background', async () => {
    db = freshDb();
    const { store } = fakeBackground(db);
    const watchCall = (next: (value: ActiveCallView | null) => void) =>
      store.watch({ name: 'active-call', params: {} }, next, () => undefined);
    expect(await until(watchCall, () => true)).toBeNull();
    const call = await startCall(db, { site: 's', direction: 'inbound', startedByAgent: false });
    const seen = until(watchCall, (v) => v?.call.phases.length === 2);
    await store.run({ name: 'set-phase', params: { callId: call.id, phase: 'body' } });
    expect((await seen)?.call.phases.at(-1)?.phase).toBe('body');
    await store.run({
      name: 'tick',
      params: { callId: call.id, itemId: 'more', checklist: 'closing', ticked: true },
    });
    const ticked = await until(watchCall, (v) => (v?.call.ticks.length ?? 0) > 0);
    expect(ticked?.call.phases.at(-1)?.phase).toBe('closing');
  });

  it('survives a restarted background: watches come back, running commands fail', async () => {
    db = freshDb();
    const { store, ports } = fakeBackground(db);
    const values: string[] = [];
    store.watch(
      { name: 'settings', params: {} },
      (settings) => values.push(settings.agentName),
      () => undefined,
    );
    await vi.waitFor(() => expect(values).toEqual(['']));
    const running = store.run({ name: 'delete-all-calls', params: {} });
    ports[0]?.disconnect();
    await expect(running).rejects.toThrow('disconnected');
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    await updateSettings(db, { agentName: 'Anna' });
    await vi.waitFor(() => expect(values.at(-1)).toBe('Anna'));
  });

  it('stops the background’s queries when the sidebar goes away', async () => {
    db = freshDb();
    const served = localStore(db, async () => ({ ...BUILTIN_PACK, checklists: CHECKLISTS }));
    const stops: number[] = [];
    const counting = {
      watch: ((query, next, error) => {
        const stop = served.watch(query, next, error);
        return () => {
          stops.push(1);
          stop();
        };
      }) as typeof served.watch,
      run: served.run,
    };
    const [client, server] = portPair();
    serveStore(server, async () => ({
      welcome: { tabId: 7, pageUrl: 'https://crm.example.lv/', session: 's' },
      store: counting as SidebarStore,
    }));
    const store = remoteStore(() => client, { t: 'hello', token: 'token' });
    store.watch(
      { name: 'callbacks', params: {} },
      () => undefined,
      () => undefined,
    );
    store.watch(
      { name: 'settings', params: {} },
      () => undefined,
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    store.close();
    await vi.waitFor(() => expect(stops).toHaveLength(2));
  });

  it('refuses malformed or unknown requests', () => {
    expect(
      parseClientMessage({ t: 'watch', id: 1, query: { name: 'settings', params: {} } }),
    ).not.toBeNull();
    for (const good of [
      { t: 'watch', id: 2, query: { name: 'voice', params: {} } },
      { t: 'run', id: 3, command: { name: 'voice-start', params: { callId: 'c1' } } },
      { t: 'run', id: 4, command: { name: 'voice-stop', params: {} } },
    ]) {
      expect(parseClientMessage(good)).not.toBeNull();
    }
    for (const bad of [
      { t: 'run', id: 1, command: { name: 'voice-start', params: {} } },
      {
        t: 'run',
        id: 1,
        command: { name: 'voice-start', params: { callId: 'c1', samples: new Float32Array(4) } },
      },
      { t: 'watch', id: 1, query: { name: 'voice', params: { raw: true } } },
      null,
      'watch',
      { t: 'watch', id: -1, query: { name: 'settings', params: {} } },
      { t: 'watch', id: 1, query: { name: 'everything', params: {} } },
      { t: 'run', id: 1, command: { name: 'drop-database', params: {} } },
      {
        t: 'run',
        id: 1,
        command: {
          name: 'tick',
          params: { callId: 'c', itemId: '<x>', checklist: 'opening', ticked: true },
        },
      },
      { t: 'run', id: 1, command: { name: 'set-phase', params: { callId: 'c', phase: 'later' } } },
      {
        t: 'run',
        id: 1,
        command: { name: 'end-call', params: { callId: 'c', dropped: true, extra: 1 } },
      },
    ]) {
      expect(parseClientMessage(bad)).toBeNull();
    }
  });
});
