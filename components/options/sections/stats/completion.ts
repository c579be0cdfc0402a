import type { CallRecord } from '../../../../lib/core/model/call';
import type { ChecklistKind, Checklists } from '../../../../lib/core/model/pack';

export interface CallCompletion {
  id: string;
  startedAt: number;
  customerName: string | null;
  expected: number;
  ticked: number;
  /** 0..1; 1 when the call had nothing to tick. */
  ratio: number;
  dropped: boolean;
  repeat: boolean;
}

/** The checklists that applied to a call: every call's, plus repeat- and dropped-call ones. */
export function checklistKindsOf(call: CallRecord): ChecklistKind[] {
  const kinds: ChecklistKind[] = ['opening', 'body', 'closing'];
  if (call.repeatOfCallId) kinds.push('repeatCall');
  if (call.dropped) kinds.push('droppedCall');
  return kinds;
}

/**
 * How much of its checklists a call completed, measured against today's checklists (a call
 * stores its ticks, not the list it was shown).
 */
export function callCompletion(call: CallRecord, checklists: Checklists): CallCompletion {
  const expected = new Set<string>();
  const kinds = checklistKindsOf(call);
  for (const kind of kinds)
    for (const item of checklists[kind] ?? []) expected.add(`${kind}:${item.id}`);
  const ticked = new Set(
    call.ticks.map((tick) => `${tick.checklist}:${tick.itemId}`).filter((key) => expected.has(key)),
  );
  return {
    id: call.id,
    startedAt: call.startedAt,
    customerName: call.customerName,
    expected: expected.size,
    ticked: ticked.size,
    ratio: expected.size === 0 ? 1 : ticked.size / expected.size,
    dropped: call.dropped,
    repeat: call.repeatOfCallId !== null,
  };
}
