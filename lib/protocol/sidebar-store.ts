import type { CallRecord } from '../core/model/call';
import type { Settings, SiteSettingsRecord } from '../core/model/settings';
import type { ChecklistKind, Phase } from '../core/model/pack';
import type { SubscriptionView } from '../core/model/distribution';

/**
 * What the sidebar reads and writes, as named queries and commands. The sidebar's frame sits
 * inside the CRM page, where the browser may deny it IndexedDB (third-party storage blocked:
 * "The user denied permission to access the database"), so the sidebar runs these in the
 * background over a port (`store-remote.ts`); tests and top-level pages can run them directly
 * (`store-local.ts`). Both run the same functions on the same data.
 */

export interface ActiveCallView {
  call: CallRecord;
  /** The earlier call that made this one a repeat call. */
  previous: CallRecord | undefined;
}

export interface SiteView {
  settings: SiteSettingsRecord;
  collapsed: boolean;
}

export interface CallLogPage {
  calls: CallRecord[];
  /** Every call stored (for «delete all N calls»). */
  total: number;
}

/** Live queries: each answer is sent again whenever the data behind it changes. */
export interface QueryMap {
  settings: { params: Record<string, never>; result: Settings };
  site: { params: { site: string }; result: SiteView };
  'active-call': { params: Record<string, never>; result: ActiveCallView | null };
  callbacks: { params: Record<string, never>; result: CallRecord[] };
  'call-log': { params: { limit: number; contactKey?: string }; result: CallLogPage };
  /** Pack subscriptions: failures and the last update's change (issue 8). */
  subscriptions: { params: Record<string, never>; result: SubscriptionView[] };
}

export interface CommandMap {
  'set-phase': { params: { callId: string; phase: Phase }; result: void };
  /** Ticked by hand; the phase follows the effective pack's checklists. */
  tick: {
    params: { callId: string; itemId: string; checklist: ChecklistKind; ticked: boolean };
    result: void;
  };
  'end-call': { params: { callId: string; dropped: boolean }; result: void };
  'dismiss-callback': { params: { callId: string }; result: void };
  'update-site': {
    params: { site: string; patch: { enabled?: boolean; sidebarWidth?: number } };
    result: void;
  };
  'set-collapsed': { params: { site: string; collapsed: boolean }; result: void };
  'delete-call': { params: { callId: string }; result: void };
  'delete-all-calls': { params: Record<string, never>; result: void };
  /** The agent read the change a pack update made (`at`: the change's timestamp). */
  'dismiss-pack-change': { params: { url: string; at: number }; result: void };
}

export type QueryName = keyof QueryMap;
export type CommandName = keyof CommandMap;

export interface Query<K extends QueryName = QueryName> {
  name: K;
  params: QueryMap[K]['params'];
}

export interface Command<K extends CommandName = CommandName> {
  name: K;
  params: CommandMap[K]['params'];
}

export interface Unsubscribe {
  (): void;
}

/** The sidebar's data, wherever it lives. */
export interface CallStore {
  watch<K extends QueryName>(
    query: Query<K>,
    next: (result: QueryMap[K]['result']) => void,
    error: (message: string) => void,
  ): Unsubscribe;
  run<K extends CommandName>(command: Command<K>): Promise<CommandMap[K]['result']>;
}
