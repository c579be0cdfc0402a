import { detectChecklistItems } from '../engine/checklist';
import type { ScriptProgress } from '../model/script';
import type { CompiledScript } from './compile';
import { markSaid } from './record';
import type { SlotValues } from './slots';

/**
 * Which steps a typed text says, the way checklist items tick today: a step's `detect`
 * phrases (or the value of one of its variables, the company name) typed as whole words,
 * case and diacritics optional (the engine's checklist detector).
 */
export function matchSteps(c: CompiledScript, text: string, variables: SlotValues = {}): string[] {
  return c.detectable.length === 0 ? [] : detectChecklistItems(text, c.detectable, variables);
}

/** Marks the steps the text says as typed. */
export function markTyped(
  c: CompiledScript,
  p: ScriptProgress,
  text: string,
  variables: SlotValues,
  now: number,
): ScriptProgress {
  return matchSteps(c, text, variables).reduce((q, id) => markSaid(c, q, id, 'typed', now), p);
}
