import type { CallStore, Unsubscribe } from '../sidebar-store';
import { parseClientMessage, type ServerMessage, type StorePort } from '../sidebar-store-wire';

/** A sidebar watches a handful of queries; more means something is wrong. */
const MAX_WATCHES = 64;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Serves one connected sidebar: runs its live queries and commands on `store` and sends the
 * answers back. Malformed messages are ignored; everything stops when the port closes.
 */
export function serveStore(port: StorePort, store: CallStore): void {
  const watches = new Map<number, Unsubscribe>();
  let open = true;
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
