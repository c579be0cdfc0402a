import type { VoiceSummary } from '../voice/types';
import type { ChecklistKind, Phase } from './pack';
import type { ScriptProgress } from './script';

export type CallDirection = 'inbound' | 'outbound';
export const CALL_DIRECTIONS: readonly CallDirection[] = ['inbound', 'outbound'];

/** Derived from `endedAt` and `dropped` so it can be indexed; booleans cannot. */
export type CallOutcome = 'open' | 'completed' | 'dropped';

export interface PhaseMark {
  phase: Phase;
  at: number;
}

export interface ChecklistTick {
  itemId: string;
  checklist: ChecklistKind;
  at: number;
  /** Ticked by detected text rather than by hand. */
  auto: boolean;
}

export interface CallRecord {
  id: string;
  startedAt: number;
  endedAt: number | null;
  tabId: number | null;
  /** Site key (host name) of the tab the call started on. */
  site: string;
  direction: CallDirection;
  /** HMAC-SHA-256 of the normalised contact (see contact-key.ts); null when unknown. */
  contactKey: string | null;
  /** Shown in the call log so the agent recognises the call. */
  customerName: string | null;
  /** The agent placed the call (the call-back reminder after a drop goes to them). */
  startedByAgent: boolean;
  /** The earlier call of this contact that made this a repeat call. */
  repeatOfCallId: string | null;
  phases: PhaseMark[];
  /** Items currently ticked. */
  ticks: ChecklistTick[];
  findings: number;
  accepted: number;
  ignored: number;
  dropped: boolean;
  outcome: CallOutcome;
  /** Effective rule-set version during the call. */
  rulesVersion: string | null;
  /** The agent dismissed the call-back reminder of this dropped call. */
  callbackDismissed?: boolean;
  /** The dropped call this call calls back (started from its reminder). */
  callBackOf?: string;
  /**
   * The call's way through a guided script: path with timestamps, captured fields (personal
   * data: retention and "delete all" take them with the call), said marks and the outcome.
   * Absent: the call runs without a script and keeps the pack's checklists.
   */
  script?: ScriptProgress;
  /** The voice coach's end-of-call numbers (no audio), if it listened during the call. */
  voice?: VoiceSummary;
}

/** A call's outcome from its end and whether the line dropped. */
export function outcomeOf(call: {
  endedAt?: number | null;
  dropped?: boolean;
}): 'open' | 'completed' | 'dropped' {
  if (call.endedAt === null || call.endedAt === undefined) return 'open';
  return call.dropped ? 'dropped' : 'completed';
}

export interface ContactRecord {
  contactKey: string;
  firstSeenAt: number;
  lastCallAt: number;
  lastCallId: string;
  callCount: number;
  customerName: string | null;
}

/** What a retention purge (or "delete all") removed. */
export interface PurgeResult {
  calls: number;
  contacts: number;
  stats: number;
}
