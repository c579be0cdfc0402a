import type {
  Command,
  CommandMap,
  CommandName,
  Query,
  QueryMap,
  QueryName,
  SidebarStore,
} from '../sidebar-store';
import {
  isServerMessage,
  type ClientMessage,
  type StoreHello,
  type StorePort,
  type Welcome,
} from '../sidebar-store-wire';

/** After the background went away (a restarted service worker), reconnect this soon. */
const RECONNECT_MS = 150;

interface Watch {
  query: Query;
  next: (value: unknown) => void;
  error: (message: string) => void;
}

interface Pending {
  command: Command;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface RemoteStore extends SidebarStore {
  /** The background's answer to the token: which tab this sidebar serves; null if refused. */
  readonly welcome: Promise<Welcome | null>;
  close(): void;
}

/**
 * The store as seen from the sidebar: queries and commands go to the background over a port,
 * which first proves with `hello` (the embed token, or the side panel's window) which tab the
 * sidebar belongs to; nothing else is sent on a
 * port before the background welcomes it. When the port closes (the service worker was
 * stopped, the extension reloaded) running commands fail, and the live queries are sent again
 * on a new port that resumes the same binding, so the sidebar keeps showing current data.
 */
export function remoteStore(connect: () => StorePort, hello: StoreHello): RemoteStore {
  const watches = new Map<number, Watch>();
  /** Commands sent on the welcomed port, waiting for their answer. */
  const pending = new Map<number, Pending>();
  /** Commands waiting for a welcomed port. */
  const queued = new Map<number, Pending>();
  let port: StorePort | null = null;
  let welcomed = false;
  let nextId = 1;
  let closed = false;
  let reconnect: ReturnType<typeof setTimeout> | null = null;
  let session: string | null = null;
  let settle: (welcome: Welcome | null) => void = () => {};
  const welcome = new Promise<Welcome | null>((resolve) => (settle = resolve));

  const post = (message: ClientMessage) => {
    try {
      port?.post(message);
    } catch {
      // A dead port: the disconnect handler reconnects and resends the watches.
    }
  };

  const failAll = (waiting: Map<number, Pending>, reason: string) => {
    for (const command of waiting.values()) command.reject(new Error(reason));
    waiting.clear();
  };

  function onWelcome(next: Welcome): void {
    session = next.session;
    welcomed = true;
    settle(next);
    for (const [id, watch] of watches) post({ t: 'watch', id, query: watch.query });
    for (const [id, command] of queued) {
      pending.set(id, command);
      post({ t: 'run', id, command: command.command });
    }
    queued.clear();
  }

  const onMessage = (raw: unknown) => {
    if (!isServerMessage(raw)) return;
    if (raw.t === 'welcome') return onWelcome(raw);
    if (raw.t === 'refused') {
      closed = true;
      settle(null);
      failAll(queued, 'refused');
      return;
    }
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
    welcomed = false;
    failAll(pending, 'disconnected');
    if (!closed && (watches.size > 0 || queued.size > 0) && reconnect === null) {
      reconnect = setTimeout(() => {
        reconnect = null;
        if (!closed && port === null) open();
      }, RECONNECT_MS);
    }
  };

  /**
   * Connects and introduces this sidebar; marks the store closed once the extension is gone
   * (updated or removed: `runtime.connect` throws in an old sidebar frame).
   */
  function open(): void {
    let fresh: StorePort;
    try {
      fresh = connect();
    } catch {
      closed = true;
      settle(null);
      failAll(queued, 'the extension is gone');
      return;
    }
    port = fresh;
    fresh.onMessage(onMessage);
    fresh.onDisconnect(() => {
      if (port === fresh) onDisconnect();
    });
    post(session ? { t: 'resume', session } : hello);
  }

  open();
  return {
    welcome,
    watch<K extends QueryName>(
      query: Query<K>,
      next: (result: QueryMap[K]['result']) => void,
      error: (message: string) => void,
    ) {
      const id = nextId++;
      watches.set(id, { query, next: next as (value: unknown) => void, error });
      if (welcomed) post({ t: 'watch', id, query });
      else if (!port && !closed) open();
      return () => {
        watches.delete(id);
        if (welcomed) post({ t: 'unwatch', id });
      };
    },
    run<K extends CommandName>(command: Command<K>): Promise<CommandMap[K]['result']> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (closed) return reject(new Error('the extension is gone'));
        const entry = { command, resolve: resolve as (value: unknown) => void, reject };
        if (!welcomed) {
          queued.set(id, entry);
          if (!port) open();
          return;
        }
        pending.set(id, entry);
        post({ t: 'run', id, command });
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
      failAll(queued, 'closed');
    },
  };
}
