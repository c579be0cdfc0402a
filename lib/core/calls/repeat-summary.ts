import type { CallOutcome, CallRecord } from '../model/call';

/** What the sidebar says about the earlier call that made this one a repeat call. */
export interface RepeatSummary {
  startedAt: number;
  endedAt: number | null;
  outcome: CallOutcome;
  /** How long the earlier call lasted; null while it is (oddly) still open. */
  durationMs: number | null;
  /** The earlier call dropped: this call resumes it (dropped-call checklist). */
  dropped: boolean;
  /** Whoever started the earlier call (a drop obliges them to call back). */
  startedByAgent: boolean;
}

export function repeatSummary(previous: CallRecord): RepeatSummary {
  return {
    startedAt: previous.startedAt,
    endedAt: previous.endedAt,
    outcome: previous.outcome,
    durationMs: previous.endedAt === null ? null : previous.endedAt - previous.startedAt,
    dropped: previous.outcome === 'dropped',
    startedByAgent: previous.startedByAgent,
  };
}

/** How long ago («2 h»), in the largest whole unit. */
export function agoParts(
  then: number,
  now: number,
): { unit: 'now' | 'minutes' | 'hours' | 'days'; value: number } {
  const minutes = Math.max(0, Math.floor((now - then) / 60_000));
  if (minutes === 0) return { unit: 'now', value: 0 };
  if (minutes < 60) return { unit: 'minutes', value: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: 'hours', value: hours };
  return { unit: 'days', value: Math.floor(hours / 24) };
}
