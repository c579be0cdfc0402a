import { detectChecklistItems } from '../../core/engine/core';
import { sendMessage } from '../../protocol/transport/client';
import type { CallContextPayload } from '../../protocol/page-messages';
import type { Checklists, ChecklistKind } from '../../core/model/pack';
import { editedText, textEdit } from '../../core/engine/edit-spans';

/** Which checklists typed text can tick in each situation of a call. */
function activeKinds(context: CallContextPayload): ChecklistKind[] {
  const kinds: ChecklistKind[] = context.repeatCall ? ['repeatCall', 'opening'] : ['opening'];
  if (context.afterDrop) kinds.push('droppedCall');
  kinds.push('body', 'closing');
  return kinds;
}

/**
 * During a call, ticks checklist items when the agent types what they detect («Labdien», «Mans
 * vārds ir …», the company name, a polite farewell). Each item is reported once per call, and
 * only for text typed during that call: notes left in the field from the previous call must
 * not tick the next call's greeting (or move it to its closing).
 */
export function createChecklistDetector(): (
  text: string,
  checklists: Checklists | undefined,
  context: CallContextPayload | undefined,
) => void {
  let callId: string | undefined;
  const sent = new Set<string>();
  /** The last text checked, and the text as it was when the current call began. */
  let lastText = '';
  let atCallStart = '';
  return (text, checklists, context) => {
    const previous = lastText;
    lastText = text;
    if (!context?.active || !checklists) return;
    if (context.callId !== callId) {
      callId = context.callId;
      sent.clear();
      atCallStart = previous;
    }
    const typed = editedText(textEdit(atCallStart, text), text);
    if (typed.length === 0) return;
    for (const checklist of activeKinds(context)) {
      const items = checklists[checklist] ?? [];
      for (const itemId of detectChecklistItems(typed, items, context.variables)) {
        const key = `${checklist}:${itemId}`;
        if (sent.has(key)) continue;
        sent.add(key);
        void sendMessage('data:checklist-hit', { itemId, checklist }).catch(() => sent.delete(key));
      }
    }
  };
}
