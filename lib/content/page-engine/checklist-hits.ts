import { detectChecklistItems } from '../../core/engine/core';
import type { ChecklistKind, Checklists } from '../../core/model/pack';
import type { CallContextPayload } from '../../protocol/page-messages';
import { sendMessage } from '../../protocol/transport/client';

/** Which checklists typed text can tick in each situation of a call. */
function activeKinds(context: CallContextPayload): ChecklistKind[] {
  const kinds: ChecklistKind[] = context.repeatCall ? ['repeatCall', 'opening'] : ['opening'];
  if (context.afterDrop) kinds.push('droppedCall');
  kinds.push('body', 'closing');
  return kinds;
}

/** Enough for every greeting and closing phrase of a call. */
const MAX_KEPT = 4000;

export interface ChecklistDetector {
  /** Text the agent typed or had inserted (never what the page's scripts inserted). */
  add(agentText: string, context: CallContextPayload | undefined): void;
  /** Ticks the items the agent's text of this call says, each once per call. */
  detect(checklists: Checklists | undefined, context: CallContextPayload | undefined): void;
}

/**
 * During a call, ticks checklist items (and the running script's steps) when the agent types
 * what they detect («Labdien», «Mans vārds ir …», the company name, a polite farewell). Only the agent's own text of this call
 * counts: notes left from the previous call, or text a page script put in the field, never
 * tick the call's greeting (or move it to its closing).
 */
export function createChecklistDetector(): ChecklistDetector {
  let callId: string | undefined;
  let typed = '';
  const sent = new Set<string>();
  const follow = (context: CallContextPayload | undefined) => {
    if (context?.callId === callId) return;
    callId = context?.callId;
    typed = '';
    sent.clear();
  };
  return {
    add(agentText, context) {
      follow(context);
      if (!context?.active || agentText === '') return;
      typed = (typed + agentText).slice(-MAX_KEPT);
    },
    detect(checklists, context) {
      follow(context);
      if (!context?.active || typed === '') return;
      const hit = (checklist: ChecklistKind | 'script', itemId: string) => {
        const key = `${checklist}:${itemId}`;
        if (sent.has(key)) return;
        sent.add(key);
        void sendMessage('data:checklist-hit', { itemId, checklist }).catch(() => sent.delete(key));
      };
      for (const checklist of checklists ? activeKinds(context) : []) {
        const items = checklists?.[checklist] ?? [];
        for (const itemId of detectChecklistItems(typed, items, context.variables))
          hit(checklist, itemId);
      }
      // The running script's steps tick the same way (a script's required steps are its
      // checklist).
      const steps = context.scriptSteps ?? [];
      for (const itemId of detectChecklistItems(typed, steps, context.variables))
        hit('script', itemId);
    },
  };
}
