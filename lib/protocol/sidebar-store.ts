import type { CallRecord } from '../core/model/call';
import type { SubscriptionView } from '../core/model/distribution';
import type { FindingRef } from '../core/model/finding';
import type { ChecklistKind, Phase } from '../core/model/pack';
import type { Settings, SiteSettingsRecord } from '../core/model/settings';
import type { ScriptMove } from '../core/scripts/moves';
import type { Bilingual, Language } from '../core/model/text';
import type { VoiceMetrics } from '../core/voice';
import type { VoiceFailure } from './voice-messages';
import type { RuleSet } from './data-messages';
import type {
  FindingView,
  RelayResult,
  StartCallRequest,
  StartCallResponse,
  TabState,
} from './page-messages';

/**
 * Everything the sidebar reads and does, as named live queries and commands. The sidebar's
 * frame sits inside the CRM page, where the browser may deny it IndexedDB (third-party storage
 * blocked), so it runs all of them in the background over one port (./sidebar-store-wire.ts),
 * bound to the tab whose content script created that sidebar. The data part runs on the
 * database (lib/background/sidebar/data-store.ts); the tab part on the background's per-tab
 * state.
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

/** A script command's answer: refused moves (a bad date, an ended call) say why. */
export type ScriptCommandResult = { ok: true } | { ok: false; error: Bilingual };

/** The moves a sidebar may make; "typed" comes only from the CRM page's own text. */
export type SidebarScriptMove = Exclude<ScriptMove, { kind: 'said'; how: 'typed' }>;

export interface CallLogPage {
  calls: CallRecord[];
  /** Every call stored (for «delete all N calls»). */
  total: number;
}

/** Live queries on the database: each answer is sent again whenever the data behind it changes. */
export interface DataQueryMap {
  settings: { params: Record<string, never>; result: Settings };
  site: { params: { site: string }; result: SiteView };
  'active-call': { params: Record<string, never>; result: ActiveCallView | null };
  /**
   * The call the script panel shows: the running call, or else the last call whose call note
   * is still showing (it stays until dismissed, also after the call ended).
   */
  'script-call': { params: Record<string, never>; result: ActiveCallView | null };
  callbacks: { params: Record<string, never>; result: CallRecord[] };
  'call-log': { params: { limit: number; contactKey?: string }; result: CallLogPage };
  /** Pack subscriptions: failures and the last update's change. */
  subscriptions: { params: Record<string, never>; result: SubscriptionView[] };
}

/** Live queries on the sidebar's own tab. */
export interface TabQueryMap {
  /** The tab's findings, page values and tel: offer. */
  'tab-state': { params: Record<string, never>; result: TabState };
  /** The effective pack (built-in < team packs < the agent's own) and its version. */
  'effective-pack': { params: Record<string, never>; result: RuleSet };
  /** A card frame: the findings its frame asked it to show, filled; null while closed. */
  card: { params: Record<string, never>; result: CardView | null };
  /** The voice coach in this tab: null while it is off. */
  voice: { params: Record<string, never>; result: VoiceView | null };
}

/** The voice coach's state for the sidebar: numbers only. */
export interface VoiceView {
  callId: string;
  status: 'starting' | 'listening' | 'failed';
  failure: VoiceFailure | null;
  /** The latest meters (null until the first arrive). */
  metrics: VoiceMetrics | null;
}

export interface CardView {
  findings: FindingView[];
  /** The agent's UI language (the card's own words). */
  language: Language;
}

export interface DataCommandMap {
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
  /** Runs a script of the effective pack in the call (from its entry for this call). */
  'script-start': { params: { callId: string; scriptId: string }; result: ScriptCommandResult };
  /** A move in the call's script: an answer, next, a capture, "I said it", the outcome… */
  'script-move': {
    params: { callId: string; move: SidebarScriptMove };
    result: ScriptCommandResult;
  };
}

/** Commands that act in the sidebar's own tab. */
export interface TabCommandMap {
  /** Apply a suggestion to a finding of the tab's focused field. */
  apply: { params: { finding: FindingRef; suggestion: string }; result: RelayResult };
  /**
   * Insert a phrase (a library phrase, a script step's words) at the caret of the tab's last
   * focused field; `target: 'note'` appends it to the field the site profile maps to the
   * `note` channel (the call note).
   */
  insert: { params: { text: string; target?: 'note' }; result: RelayResult };
  /** Start a call with the tab's contact (closes any open call). */
  'start-call': { params: StartCallRequest; result: StartCallResponse };
  /** A card frame: apply suggestion `suggestion` of its finding `finding` (indices). */
  'card-apply': { params: { finding: number; suggestion: number }; result: RelayResult };
  /** A card frame: ignore its finding `finding`. */
  'card-ignore': { params: { finding: number }; result: RelayResult };
  /** A card frame: close (Escape). */
  'card-close': { params: Record<string, never>; result: RelayResult };
  /** A card frame: its content's height, so its frame fits. */
  'card-size': { params: { height: number }; result: RelayResult };
  /** The agent's consent: listen to the microphone during the open call `callId`. */
  'voice-start': { params: { callId: string }; result: VoiceView | null };
  /** Stop listening (the summary goes to the call). */
  'voice-stop': { params: Record<string, never>; result: void };
}

export interface QueryMap extends DataQueryMap, TabQueryMap {}
export interface CommandMap extends DataCommandMap, TabCommandMap {}

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

/** Named live queries and commands over a part of the maps above. */
export interface Store<Q extends QueryName = QueryName, C extends CommandName = CommandName> {
  watch<K extends Q>(
    query: Query<K>,
    next: (result: QueryMap[K]['result']) => void,
    error: (message: string) => void,
  ): Unsubscribe;
  run<K extends C>(command: Command<K>): Promise<CommandMap[K]['result']>;
}

/** All of the sidebar's data and actions, wherever they run. */
export type SidebarStore = Store;
