import type { ObjectionUse, ScriptProgress } from '../model/script';
import type { CompiledScript } from './compile';
import { closeObjections, isFinished, move } from './progress';

/** Objection cards: open from any step, stacked, and closed back to the step (or on). */

export function openObjections(p: ScriptProgress): ObjectionUse[] {
  return p.objections.filter((u) => u.closedAt === null);
}

export function openObjection(
  c: CompiledScript,
  p: ScriptProgress,
  cardId: string,
  now: number,
): ScriptProgress {
  if (isFinished(p) || !c.cards.has(cardId)) return p;
  if (openObjections(p).at(-1)?.card === cardId) return p;
  const use: ObjectionUse = { card: cardId, step: p.current, openedAt: now, closedAt: null };
  return { ...p, objections: [...p.objections, use] };
}

/**
 * Closes the top card. A card with `returnTo` moves the call on to that step (closing every
 * open card); otherwise the card beneath, or the step, shows again.
 */
export function returnFromObjection(
  c: CompiledScript,
  p: ScriptProgress,
  now: number,
): ScriptProgress {
  let top = -1;
  p.objections.forEach((u, i) => {
    if (u.closedAt === null) top = i;
  });
  const use = p.objections[top];
  if (!use) return p;
  const to = c.cards.get(use.card)?.returnTo;
  if (to !== undefined && to !== p.current && c.steps.has(to) && !isFinished(p)) {
    return move(p, to, now, { leftBy: 'objection', card: use.card });
  }
  if (to !== undefined && to === p.current) {
    return { ...p, objections: closeObjections(p.objections, now) };
  }
  const objections = [...p.objections];
  objections[top] = { ...use, closedAt: now };
  return { ...p, objections };
}
