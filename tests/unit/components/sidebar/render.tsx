import { configure, render, type RenderResult } from '@testing-library/preact';
import { vi } from 'vitest';
import { createStartCallHandler } from '../../../../lib/background/tabs/start-call';
import type { CallStore } from '../../../../lib/protocol/sidebar-store';
import { localStore } from '../../../../lib/data/sidebar-store';
import { remoteStore } from '../../../../lib/protocol/transport/store-client';
import { serveStore } from '../../../../lib/protocol/transport/store-server';
import type { StorePort } from '../../../../lib/protocol/sidebar-store-wire';
import { createTabStates, type TabRecord } from '../../../../lib/background/tabs/tab-states';
import type { RuleSetService } from '../../../../lib/background/rule-set';
import type { LaipniDb } from '../../../../lib/data/database';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import type { RelayResult, TabState } from '../../../../lib/protocol/page-messages';
import type { Pack } from '../../../../lib/core/model/pack';
import type { SidebarPort } from '../../../../components/sidebar/data/port';
import { SidebarRoot } from '../../../../components/sidebar/SidebarRoot';

// liveQuery answers after IndexedDB transactions; on a busy two-core machine that can take
// longer than the default second.
configure({ asyncUtilTimeout: 5000 });

export const TAB_ID = 7;
export const PAGE_URL = 'https://crm.example.lv/clients/42';
export const SITE = 'crm.example.lv';

export interface FakeBackground {
  port: SidebarPort;
  /** Changes what the tab's page reports and broadcasts it, as the background does. */
  setTab(patch: Partial<TabRecord>): void;
  /** A broadcast meant for another tab's sidebar. */
  broadcastOther(state: TabState): void;
  apply: ReturnType<typeof vi.fn<SidebarPort['apply']>>;
  insert: ReturnType<typeof vi.fn<SidebarPort['insert']>>;
}

/**
 * The background as the sidebar sees it: real tab states and the real start-call handler on the
 * test's database, apply/insert recorded.
 */
export function fakeBackground(db: LaipniDb, pack: Pack = BUILTIN_PACK): FakeBackground {
  const tabs = createTabStates();
  tabs.update(TAB_ID, SITE, {});
  const listeners = new Set<(state: TabState) => void>();
  const broadcast = (state: TabState) => listeners.forEach((listener) => listener(state));
  const rules = { current: async () => ({ version: 'v-test', pack }) } as unknown as RuleSetService;
  const startCall = createStartCallHandler(db, rules, tabs, async (tabId) =>
    broadcast(tabs.view(tabId)),
  );
  const ok = async (): Promise<RelayResult> => ({ ok: true });
  const apply = vi.fn<SidebarPort['apply']>(ok);
  const insert = vi.fn<SidebarPort['insert']>(ok);
  const port: SidebarPort = {
    tabState: async (tabId) => tabs.view(tabId),
    onTabState(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener));
    },
    effectivePack: async () => ({ version: 'v-test-0123456789', pack }),
    onRulesChanged: () => undefined,
    apply,
    insert,
    startCall: (request) =>
      startCall(request, {
        sender: {
          url: 'chrome-extension://x/sidebar.html',
          tab: { id: request.tabId, url: PAGE_URL },
        },
        role: 'extension-page',
      }),
  };
  return {
    port,
    apply,
    insert,
    setTab(patch) {
      tabs.update(TAB_ID, SITE, patch);
      broadcast(tabs.view(TAB_ID));
    },
    broadcastOther: broadcast,
  };
}

/** Two ends of an in-memory port, delivering asynchronously like the browser's. */
export function portPair(): [StorePort, StorePort] {
  const ends = [0, 1].map(() => ({
    message: new Set<(message: unknown) => void>(),
    disconnect: new Set<() => void>(),
    open: true,
  }));
  const make = (self: number): StorePort => {
    const me = ends[self];
    const other = ends[1 - self];
    if (!me || !other) throw new Error('port pair');
    return {
      post(message) {
        if (!me.open) throw new Error('disconnected port');
        const copy: unknown = structuredClone(message);
        queueMicrotask(() => other.message.forEach((listener) => listener(copy)));
      },
      onMessage: (listener) => void me.message.add(listener),
      onDisconnect: (listener) => void me.disconnect.add(listener),
      disconnect() {
        if (!me.open) return;
        me.open = false;
        other.open = false;
        queueMicrotask(() => other.disconnect.forEach((listener) => listener()));
      },
    };
  };
  return [make(0), make(1)];
}

/**
 * The sidebar's store as in the extension: a remote store whose every connection is served by
 * the background's store on the test database. `ports` lists the connections made.
 */
export function backgroundStore(
  db: LaipniDb,
  pack: Pack = BUILTIN_PACK,
): { store: CallStore; ports: StorePort[] } {
  const served = localStore(db, async () => pack.checklists ?? {});
  const ports: StorePort[] = [];
  const store = remoteStore(() => {
    const [client, server] = portPair();
    serveStore(server, served);
    ports.push(server);
    return client;
  });
  return { store, ports };
}

export function renderSidebar(
  db: LaipniDb,
  background: FakeBackground,
  store: CallStore = backgroundStore(db).store,
): RenderResult {
  return render(
    <SidebarRoot tabId={TAB_ID} pageUrl={PAGE_URL} store={store} port={background.port} />,
  );
}
