import { fillTemplate } from '../engine/core';
import type { ChecklistTick } from '../model/call';
import { localized, type Language } from '../model/text';
import type { ChecklistItem, ChecklistKind, Checklists, Phase } from '../model/pack';

/** Which phase each checklist belongs to: the opening's variants are said at the start. */
export const PHASE_OF_KIND: Record<ChecklistKind, Phase> = {
  opening: 'opening',
  repeatCall: 'opening',
  droppedCall: 'opening',
  body: 'body',
  closing: 'closing',
};

export interface CallKind {
  /** The contact was called within the repeat window. */
  repeatCall: boolean;
  /** The previous call of this contact dropped (this call resumes it). */
  afterDrop: boolean;
}

/**
 * The checklists a call shows, in the order they are worked through: a repeat call opens with
 * the repeat-call checklist instead of the first-call opening (introduce yourself again), and a
 * call after a dropped line adds the dropped-call one (apologise, resume).
 */
export function kindsForCall(call: CallKind): ChecklistKind[] {
  const opening: ChecklistKind[] = call.repeatCall ? ['repeatCall'] : ['opening'];
  if (call.afterDrop) opening.push('droppedCall');
  return [...opening, 'body', 'closing'];
}

export interface CheckItemView {
  id: string;
  kind: ChecklistKind;
  /** Pack text in the UI language with the agent's variables filled; plain text. */
  text: string;
  ticked: boolean;
  /** Ticked by what the agent typed rather than by hand. */
  auto: boolean;
  /** No detector: only the agent can tick it (tempo, smile, listening). */
  reminder: boolean;
}

export interface ChecklistGroupView {
  kind: ChecklistKind;
  phase: Phase;
  items: CheckItemView[];
  done: number;
  total: number;
}

export interface ChecklistModelInput extends CallKind {
  checklists: Checklists;
  ticks: readonly ChecklistTick[];
  locale: Language;
  variables: Readonly<Record<string, string | undefined>>;
}

function itemView(
  item: ChecklistItem,
  kind: ChecklistKind,
  ticks: ReadonlyMap<string, ChecklistTick>,
  input: ChecklistModelInput,
): CheckItemView {
  const tick = ticks.get(item.id);
  return {
    id: item.id,
    kind,
    text: fillTemplate(localized(item.text, input.locale), input.variables).text,
    ticked: tick !== undefined,
    auto: tick?.auto ?? false,
    reminder: item.detect === undefined,
  };
}

/**
 * The checklists of a call as the sidebar shows them. The effective pack already holds the
 * agent's own items (layering merges them by id), so this only picks, fills and counts.
 */
export function checklistGroups(input: ChecklistModelInput): ChecklistGroupView[] {
  const ticks = new Map(input.ticks.map((tick) => [tick.itemId, tick]));
  return kindsForCall(input).flatMap((kind) => {
    const items = (input.checklists[kind] ?? []).map((item) => itemView(item, kind, ticks, input));
    if (items.length === 0) return [];
    const done = items.filter((item) => item.ticked).length;
    return [{ kind, phase: PHASE_OF_KIND[kind], items, done, total: items.length }];
  });
}

/** Ticked items over all items of the call's checklists. */
export function completionOf(groups: readonly ChecklistGroupView[]): {
  done: number;
  total: number;
} {
  return groups.reduce(
    (sum, group) => ({ done: sum.done + group.done, total: sum.total + group.total }),
    { done: 0, total: 0 },
  );
}
