import { setCallPhase, setChecklistTick } from './calls';
import type { LaipniDb } from './database';
import type { CallRecord } from '../core/model/call';
import type { ChecklistKind, Checklists } from '../core/model/pack';
import { advancedPhase } from '../core/calls/phase-advance';

export interface TickChange {
  itemId: string;
  checklist: ChecklistKind;
  ticked: boolean;
  auto: boolean;
  now?: number;
}

/**
 * Ticks or unticks a checklist item of a call and moves the phase on when the ticks say so
 * (`advancedPhase`), in one transaction. Both the background (items detected in typed text)
 * and the sidebar (ticked by hand) go through here, so the phase follows the checklist even
 * when no sidebar is open.
 */
export async function tickAndAdvance(
  db: LaipniDb,
  callId: string,
  checklists: Checklists,
  change: TickChange,
): Promise<CallRecord | undefined> {
  const now = change.now ?? Date.now();
  return db.transaction('rw', db.calls, async () => {
    const call = await setChecklistTick(db, callId, { ...change, now });
    if (!call || call.outcome !== 'open') return call;
    const next = advancedPhase({
      phases: call.phases,
      ticks: call.ticks,
      checklists,
      repeatCall: call.repeatOfCallId !== null,
    });
    if (!next) return call;
    return (await setCallPhase(db, callId, next, now)) ?? call;
  });
}
