import type {
  CallStore,
  Command,
  CommandMap,
  CommandName,
  Query,
  QueryMap,
  QueryName,
} from '../sidebar-store';
import { isServerMessage, type ClientMessage, type StorePort } from '../sidebar-store-wire';

/** After the background went away (a restarted service worker), reconnect this soon. */
const RECONNECT_MS = 150;

interface Watch {
  query: Query;
  next: (value: unknown) => void;
  error: (message: string) => void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface RemoteStore extends CallStore {
  close(): void;
}

/**
 * The store as seen from the sidebar: queries and commands go to the background over a port.
 * When the port closes (the service worker was stopped, the extension reloaded) running
 * commands fail, and the live queries are sent again on a new port, so the sidebar keeps
 * showing current data without a reload.
 */
export function remoteStore(connect: () => StorePort): RemoteStore {
  const watches = new Map<number, Watch>();
  const pending = new Map<number, Pending>();
  let port: StorePort | null = null;
  let nextId = 1;
  let closed = false;
  let reconnect: ReturnType<typeof setTimeout> | null = null;

  const send = (message: ClientMessage) => {
    try {
      current()?.post(message);
    } catch {
      // A dead port: the disconnect handler reconnects and resends the watches.
    }
  };

  const onMessage = (raw: unknown) => {
    if (!isServerMessage(raw)) return;
    if (raw.t === 'value') watches.get(raw.id)?.next(raw.value);
    else if (raw.t === 'error') watches.get(raw.id)?.error(raw.message);
    else {
      const waiting = pending.get(raw.id);
      pending.delete(raw.id);
      if (raw.t === 'done') waiting?.resolve(raw.value);
      else waiting?.reject(new Error(raw.message));
    }
  };

  const onDisconnect = () => {
    port = null;
    for (const waiting of pending.values()) waiting.reject(new Error('disconnected'));
    pending.clear();
    if (!closed && watches.size > 0 && reconnect === null) {
      reconnect = setTimeout(() => {
        reconnect = null;
        if (!closed && port === null && watches.size > 0) current();
      }, RECONNECT_MS);
    }
  };

  /**
   * The live port, connecting if needed; null once the extension is gone (updated or removed:
   * `runtime.connect` throws in an old sidebar frame, and there is nobody left to ask).
   */
  function current(): StorePort | null {
    if (port) return port;
    if (closed) return null;
    let fresh: StorePort;
    try {
      fresh = connect();
    } catch {
      closed = true;
      return null;
    }
    port = fresh;
    fresh.onMessage(onMessage);
    fresh.onDisconnect(() => {
      if (port === fresh) onDisconnect();
    });
    for (const [id, watch] of watches) fresh.post({ t: 'watch', id, query: watch.query });
    return fresh;
  }

  return {
    watch<K extends QueryName>(
      query: Query<K>,
      next: (result: QueryMap[K]['result']) => void,
      error: (message: string) => void,
    ) {
      const id = nextId++;
      watches.set(id, { query, next: next as (value: unknown) => void, error });
      if (port) send({ t: 'watch', id, query });
      else current();
      return () => {
        watches.delete(id);
        if (port) send({ t: 'unwatch', id });
      };
    },
    run<K extends CommandName>(command: Command<K>): Promise<CommandMap[K]['result']> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (closed) return reject(new Error('the extension is gone'));
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        send({ t: 'run', id, command });
      });
    },
    close() {
      closed = true;
      if (reconnect !== null) clearTimeout(reconnect);
      try {
        port?.disconnect();
      } catch {
        // Already gone with the extension context.
      }
      port = null;
      watches.clear();
    },
  };
}
