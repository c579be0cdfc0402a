import type { ChecklistKind } from './pack';

/**
 * One agent's day as the team report sees it: the file an agent's browser uploads (or the agent
 * downloads) when company policy or the agent turns the export on. Counts only: no text, no
 * phrase forms, no customer names, no contact keys. Every field is an id, a date or a number,
 * and the validator refuses any field not listed here, so nothing else can ride along.
 * `lib/core/report/activity.ts` holds the limits and the validator.
 */

export const ACTIVITY_FORMAT = 'laipni-activity/1';

export interface ActivityPack {
  /** Pack id (`acme.sales`) and version active at the end of the day. */
  id: string;
  version: string;
}

/** One rule's findings that day. */
export interface RuleActivity {
  ruleId: string;
  /** Findings shown. */
  flagged: number;
  /** Findings the agent replaced with a suggestion. */
  accepted: number;
  /** Findings the agent dismissed. */
  ignored: number;
}

/** One checklist item over the day's calls. */
export interface ChecklistActivity {
  checklist: ChecklistKind;
  itemId: string;
  /** Calls that ended with the item ticked (by hand or detected in typed text). */
  done: number;
  /** Calls that ended with the item open. */
  missed: number;
}

/** One step of a call script over the day's calls. */
export interface ScriptStepActivity {
  scriptId: string;
  stepId: string;
  /** Times the script arrived at this step. */
  reached: number;
  /** Times the step counted as said (moved on from, typed, inserted or ticked). */
  completed: number;
  /** Times the call ended or the script was closed while on this step. */
  left: number;
  /** Time spent on this step, all visits together. */
  timeMs: number;
}

export interface CallActivity {
  /** Calls that ended that day. */
  count: number;
  dropped: number;
  inbound: number;
  outbound: number;
  /** Their durations added up. */
  totalMs: number;
  /** Calls per outcome id (a script's outcomes, or `completed` / `dropped`). */
  outcomes: Record<string, number>;
}

export interface ActivityExport {
  format: typeof ACTIVITY_FORMAT;
  /** Chosen by the company (policy) or random per installation; never a name or e-mail. */
  agentId: string;
  team?: string;
  /** The agent's local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** When the file was written, ISO 8601 UTC (`2026-03-02T17:05:00.000Z`). */
  generatedAt: string;
  extensionVersion: string;
  packs: ActivityPack[];
  rules: RuleActivity[];
  checklist: ChecklistActivity[];
  scripts: ScriptStepActivity[];
  calls: CallActivity;
}

/**
 * The export's delivery state on this installation (a state row). `sinceDay` is the day the
 * export was turned on: earlier days are never sent. Days are sent in order; `lastSentDay` moves
 * only when a day's file was accepted, so a failed day is retried, never skipped.
 */
export interface ActivityExportState extends ActivityDelivery {
  /** Random per installation, used when the company names none. */
  randomAgentId: string;
  /**
   * The agent's own export (no policy needed): each finished day saved as a file in the
   * browser's downloads folder. Present while switched on; "sent" means saved.
   */
  personal?: ActivityDelivery;
}

/** Where one way of delivering days stands: from which day, the last day done, retries. */
export interface ActivityDelivery {
  sinceDay?: string;
  lastSentDay?: string;
  lastSentAt?: number;
  failures?: number;
  nextAttemptAt?: number;
  lastError?: { lv: string; en: string };
}
