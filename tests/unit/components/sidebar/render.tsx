import {
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  type RenderResult,
} from '@testing-library/preact';
import { expect, vi } from 'vitest';
import type { RuleSetService } from '../../../../lib/background/rule-set';
import { createTabStore } from '../../../../lib/background/sidebar/tab-store';
import type { FrameRelay } from '../../../../lib/background/tabs/relay';
import { createCallStarter } from '../../../../lib/background/tabs/start-call';
import { createAgentContextCache } from '../../../../lib/background/tabs/agent-context';
import { createTabFilling } from '../../../../lib/background/tabs/tab-filling';
import { createTabStates, type TabRecord } from '../../../../lib/background/tabs/tab-states';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import type { FindingRef } from '../../../../lib/core/model/finding';
import type { Pack } from '../../../../lib/core/model/pack';
import type { LaipniDb } from '../../../../lib/data/database';
import type { RelayResult } from '../../../../lib/protocol/page-messages';
import type { SidebarStore } from '../../../../lib/protocol/sidebar-store';
import type { StorePort } from '../../../../lib/protocol/sidebar-store-wire';
import { remoteStore } from '../../../../lib/protocol/transport/store-client';
import { serveStore } from '../../../../lib/protocol/transport/store-server';
import { SidebarRoot } from '../../../../components/sidebar/SidebarRoot';
import { stopWithCall } from '../../../../lib/background/voice/follow-call';
import {
  createVoiceService,
  type VoiceService,
} from '../../../../lib/background/voice/voice-service';
import {
  VOICE_START,
  type OffscreenVoice,
} from '../../../../lib/background/voice/offscreen-protocol';
import type { VoiceSummary } from '../../../../lib/core/voice';

// liveQuery answers after IndexedDB transactions; on a busy two-core machine that can take
// longer than the default second.
configure({ asyncUtilTimeout: 5000 });

export const TAB_ID = 7;
export const PAGE_URL = 'https://crm.example.lv/clients/42';
export const SITE = 'crm.example.lv';

type Apply = (tabId: number, finding: FindingRef, suggestion: string) => Promise<RelayResult>;
type Insert = (tabId: number, text: string, target?: 'note') => Promise<RelayResult>;

export interface FakeBackground {
  /** The sidebar's store, served over in-memory ports by the background's real tab store. */
  store: SidebarStore;
  /** The connections the sidebar made (the server ends). */
  ports: StorePort[];
  /** Changes what the tab's page reports, as the page engine does. */
  setTab(patch: Partial<TabRecord>): void;
  /** Changes another tab's state (its sidebar would show it). */
  setOtherTab(tabId: number, patch: Partial<TabRecord>): void;
  apply: ReturnType<typeof vi.fn<Apply>>;
  insert: ReturnType<typeof vi.fn<Insert>>;
  /** The voice coach's background service; its capture document is faked by `capture`. */
  voice: VoiceService;
  capture: FakeCapture;
}

/** The capture document as the voice service sees it: what it was asked, what it answers. */
export interface FakeCapture {
  commands: OffscreenVoice[];
  /** The start answer (Chrome's: ok, or a refusal). */
  startAnswer: unknown;
  /** The summary a stop answers with. */
  summary: VoiceSummary | null;
}

/** The rule-set service as the tab store uses it: one version of `pack`. */
function fixedRules(pack: Pack): RuleSetService {
  return {
    current: async () => ({ version: 'v-test-0123456789', pack }),
    onChange: () => () => undefined,
  } as unknown as RuleSetService;
}

/**
 * The background as the sidebar sees it: the real store of a verified sidebar (tab states,
 * start-call, the database's queries and commands) on the test's database; the relay of apply
 * and insert to the page recorded.
 */
export function fakeBackground(db: LaipniDb, pack: Pack = BUILTIN_PACK): FakeBackground {
  const tabs = createTabStates();
  tabs.update(TAB_ID, SITE, {});
  const rules = fixedRules(pack);
  const ok = async (): Promise<RelayResult> => ({ ok: true });
  const apply = vi.fn<Apply>(ok);
  const insert = vi.fn<Insert>(ok);
  const relay: FrameRelay = (tabId, _frameId, name, request) =>
    name === 'page:apply'
      ? apply(
          tabId,
          (request as { finding: FindingRef }).finding,
          (request as { suggestion: string }).suggestion,
        )
      : insertOf(tabId, request as { text: string; target?: 'note' });
  // The call note's target is passed on only when there is one (most inserts have none).
  const insertOf = (tabId: number, { text, target }: { text: string; target?: 'note' }) =>
    target ? insert(tabId, text, target) : insert(tabId, text);
  const capture: FakeCapture = { commands: [], startAnswer: { ok: true }, summary: null };
  const deps = {
    db,
    rules,
    tabs,
    relay,
    filling: createTabFilling(createAgentContextCache(db), rules, tabs),
    startCall: createCallStarter(db, rules, tabs),
    // The capture document answers as Chrome's would; its meters come through `voice.handlers`.
    voice: createVoiceService({
      db,
      openCapture: async () => undefined,
      send: async (message) => {
        capture.commands.push(message);
        return message.type === VOICE_START ? capture.startAnswer : capture.summary;
      },
      capturePath: '/offscreen.html',
      newSession: () => 'a0a0a0a0-0000-0000-0000-000000000001',
      bodyItems: async () => (pack.checklists?.body ?? []).map((item) => item.id),
    }),
  };
  const binding = {
    kind: 'sidebar' as const,
    tabId: TAB_ID,
    frameId: 1,
    ownerFrameId: 0,
    pageUrl: PAGE_URL,
  };
  const ports: StorePort[] = [];
  const store = remoteStore(
    () => {
      const [client, server] = portPair();
      serveStore(server, async () => ({
        welcome: { ...binding, session: 'session' },
        store: createTabStore(deps, binding),
      }));
      ports.push(server);
      return client;
    },
    { t: 'hello', token: 'token' },
  );
  // Lives as long as the test's database (closed after each test).
  stopWithCall(db, deps.voice);
  return {
    voice: deps.voice,
    capture,
    store,
    ports,
    apply,
    insert,
    setTab: (patch) => void tabs.update(TAB_ID, SITE, patch),
    setOtherTab: (tabId, patch) => void tabs.update(tabId, 'other.example', patch),
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

export function renderSidebar(
  _db: LaipniDb,
  background: FakeBackground,
  store: SidebarStore = background.store,
): RenderResult {
  return render(<SidebarRoot tabId={TAB_ID} pageUrl={PAGE_URL} store={store} />);
}

/**
 * Opens a destructive action's confirmation with its button `trigger`, then presses `confirm`
 * once the confirmation has armed itself (it is disabled for a moment after it appears).
 */
export async function clickAndConfirm(trigger: HTMLElement, confirm: string): Promise<void> {
  fireEvent.click(trigger);
  const button = (await screen.findByRole('button', { name: confirm })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
}
