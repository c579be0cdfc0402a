import type { SaidMark, ScriptProgress, ScriptStep } from '../model/script';
import type { CompiledScript } from './compile';
import { own } from './progress';

/**
 * What a call has not said or captured yet. A required step counts as said when the agent
 * moved on from it, typed it, inserted it or ticked it; a compliance step only when typed,
 * inserted or ticked. Required steps the call never reached are listed too, except the first
 * steps the call did not begin with (a repeat call never passes the first-call greeting).
 */

export interface MissingStep {
  step: string;
  compliance: boolean;
  /** The call passed the step (else it never got there). */
  reached: boolean;
}

export function isSaid(step: ScriptStep, mark: SaidMark | undefined): boolean {
  if (!mark) return false;
  return step.compliance === true ? mark.how !== 'moved-on' : true;
}

/** The required steps that belong to this call: its checklist, in script order. */
export function requiredSteps(c: CompiledScript, p: ScriptProgress): ScriptStep[] {
  const reached = new Set(p.path.map((v) => v.step));
  return c.required.filter((step) => reached.has(step.id) || !c.entries.has(step.id));
}

/** Compliance steps first, then the ones reached, then the rest; script order within. */
export function missingRequired(c: CompiledScript, p: ScriptProgress): MissingStep[] {
  const reached = new Set(p.path.map((v) => v.step));
  const rank = (m: MissingStep) => (m.compliance ? 0 : 2) + (m.reached ? 0 : 1);
  return requiredSteps(c, p)
    .filter((step) => !isSaid(step, own(p.said, step.id)))
    .map((step) => ({
      step: step.id,
      compliance: step.compliance === true,
      reached: reached.has(step.id),
    }))
    .sort((a, b) => rank(a) - rank(b));
}

export interface MissingCapture {
  step: string;
  field: string;
}

/** Required fields still empty on the steps the call passed. */
export function missingCaptures(c: CompiledScript, p: ScriptProgress): MissingCapture[] {
  const out: MissingCapture[] = [];
  const seen = new Set<string>();
  for (const v of p.path) {
    if (seen.has(v.step)) continue;
    seen.add(v.step);
    for (const capture of c.steps.get(v.step)?.step.captures ?? []) {
      if (capture.required && own(p.captures, capture.id) === undefined) {
        out.push({ step: v.step, field: capture.id });
      }
    }
  }
  return out;
}
