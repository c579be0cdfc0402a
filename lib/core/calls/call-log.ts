import { foldString } from '../engine/core';
import type { CallRecord } from '../model/call';
import type { Checklists, Phase } from '../model/pack';
import { phaseDurations } from './call-timer';
import { checklistGroups, completionOf } from './checklist-model';

export interface CallLogEntry {
  id: string;
  startedAt: number;
  durationMs: number;
  open: boolean;
  call: CallRecord;
  phases: Array<{ phase: Phase; ms: number }>;
  completion: { done: number; total: number };
}

/**
 * Checklist completion of a stored call, measured against today's checklists (the call keeps
 * its ticks, not the pack it ran with). The dropped-call list counts when the call used it.
 */
export function callCompletion(
  call: CallRecord,
  checklists: Checklists,
): { done: number; total: number } {
  const groups = checklistGroups({
    checklists,
    ticks: call.ticks,
    repeatCall: call.repeatOfCallId !== null,
    afterDrop: call.ticks.some((tick) => tick.checklist === 'droppedCall'),
    locale: 'lv',
    variables: {},
  });
  return completionOf(groups);
}

export function callLogEntry(call: CallRecord, checklists: Checklists, now: number): CallLogEntry {
  const end = call.endedAt ?? now;
  return {
    id: call.id,
    startedAt: call.startedAt,
    durationMs: Math.max(0, end - call.startedAt),
    open: call.endedAt === null,
    call,
    phases: phaseDurations(call.phases, end),
    completion: callCompletion(call, checklists),
  };
}

/**
 * Calls whose customer name contains the query, case and diacritics ignored («berzins» finds
 * «Bērziņš»); an empty query keeps every call. Order is kept (the log is newest first).
 */
export function filterCallsByName(calls: readonly CallRecord[], query: string): CallRecord[] {
  const needle = foldString(query.trim().toLowerCase());
  if (!needle) return [...calls];
  return calls.filter((call) =>
    foldString((call.customerName ?? '').toLowerCase()).includes(needle),
  );
}
