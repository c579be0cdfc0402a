import type { SidebarStore, Unsubscribe } from '../sidebar-store';
import {
  parseClientMessage,
  type ClientMessage,
  type ServerMessage,
  type StorePort,
  type Welcome,
} from '../sidebar-store-wire';

/** A sidebar watches a handful of queries; more means something is wrong. */
const MAX_WATCHES = 64;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first message's credential checked; the store of that sidebar's tab, or null. */
export type Authenticate = (
  hello: Extract<ClientMessage, { t: 'hello' | 'resume' | 'panel' }>,
) => Promise<{ welcome: Welcome; store: SidebarStore } | null>;

/**
 * Serves one connected sidebar: it must first prove, with the token our content script handed
 * to it (or the session of an earlier port), which tab it belongs to; then its live queries and
 * commands run on that tab's store. Malformed messages are ignored; everything stops when the
 * port closes.
 */
export function serveStore(port: StorePort, authenticate: Authenticate): void {
  const watches = new Map<number, Unsubscribe>();
  let open = true;
  let store: SidebarStore | null = null;
  let greeted = false;
  const send = (message: ServerMessage) => {
    if (!open) return;
    try {
      port.post(message);
    } catch {
      // The sidebar went away between the answer and the send.
      open = false;
    }
  };

  port.onMessage((raw) => {
    const message = parseClientMessage(raw);
    if (!message || !open) return;
    if (message.t === 'hello' || message.t === 'resume' || message.t === 'panel') {
      if (greeted) return;
      greeted = true;
      authenticate(message).then(
        (bound) => {
          if (!bound) {
            send({ t: 'refused' });
            port.disconnect();
            open = false;
            return;
          }
          store = bound.store;
          send({ t: 'welcome', ...bound.welcome });
        },
        () => send({ t: 'refused' }),
      );
      return;
    }
    if (!store) return;
    if (message.t === 'watch') {
      if (watches.has(message.id) || watches.size >= MAX_WATCHES) return;
      const { id } = message;
      watches.set(
        id,
        store.watch(
          message.query,
          (value) => send({ t: 'value', id, value }),
          (error) => send({ t: 'error', id, message: error }),
        ),
      );
    } else if (message.t === 'unwatch') {
      watches.get(message.id)?.();
      watches.delete(message.id);
    } else {
      const { id } = message;
      store.run(message.command).then(
        (value) => send({ t: 'done', id, value }),
        (error: unknown) => send({ t: 'failed', id, message: messageOf(error) }),
      );
    }
  });

  port.onDisconnect(() => {
    open = false;
    for (const unsubscribe of watches.values()) unsubscribe();
    watches.clear();
  });
}
