import type { ChecklistTick, PhaseMark } from '../model/call';
import type { Checklists, Phase } from '../model/pack';

export interface PhaseAdvanceInput {
  phases: readonly PhaseMark[];
  ticks: readonly ChecklistTick[];
  checklists: Checklists;
  /** A repeat call opens with the repeat-call checklist instead of the opening one. */
  repeatCall: boolean;
}

/**
 * The phase a call moves to after its ticks changed, or null to stay. Phases only move
 * forward by themselves, and only on ticks made after the last phase change, so an agent who
 * switches back by hand is not pushed forward again by what was ticked before.
 *
 * - A closing item ticked (a farewell, «Vai varu vēl kā palīdzēt?») → `closing`.
 * - A body reminder ticked while still opening → `body` (the agent is past the opening).
 * - Every detectable item of the opening (repeat-call) checklist ticked → `body`: the greeting,
 *   name, company and offer of help are all said, so what comes next is the conversation.
 */
export function advancedPhase(input: PhaseAdvanceInput): Phase | null {
  const current = input.phases.at(-1) ?? { phase: 'opening' as const, at: 0 };
  const fresh = input.ticks.filter((tick) => tick.at >= current.at);
  if (fresh.length === 0 || current.phase === 'closing') return null;
  if (fresh.some((tick) => tick.checklist === 'closing')) return 'closing';
  if (current.phase !== 'opening') return null;
  if (fresh.some((tick) => tick.checklist === 'body')) return 'body';
  const openingKind = input.repeatCall ? 'repeatCall' : 'opening';
  const detectable = (input.checklists[openingKind] ?? []).filter((item) => item.detect);
  if (detectable.length === 0) return null;
  const ticked = new Set(input.ticks.map((tick) => tick.itemId));
  return detectable.every((item) => ticked.has(item.id)) ? 'body' : null;
}
