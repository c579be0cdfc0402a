import type { Phase } from '../model/pack';
import type { SaidMark, ScriptProgress, ScriptStep } from '../model/script';
import type { CompiledScript } from './compile';
import { closeLast, closeObjections, isFinished, move, own, visit } from './progress';
import { trailOf } from './trail';

/**
 * A call's moves through a script, as a pure state machine: each takes the compiled script
 * and the progress and returns the new progress, or the same object when the move does not
 * apply (no such answer, nothing behind, the call has ended). Timestamps are passed in.
 */

export interface StartOptions {
  /** The contact was called before: begin with the repeat-call step when there is one. */
  repeatCall?: boolean;
  /** The progress of the call that dropped: continue it (after the resume step, if any). */
  resumeFrom?: ScriptProgress;
}

export function start(c: CompiledScript, now: number, options: StartOptions = {}): ScriptProgress {
  const s = c.script;
  const from = options.resumeFrom;
  if (from && from.scriptId === s.id && from.outcome === null && c.steps.has(from.current)) {
    const resume =
      s.resumeStart !== undefined && c.steps.has(s.resumeStart) && s.resumeStart !== from.current
        ? s.resumeStart
        : null;
    const to = resume ?? from.current;
    return {
      ...from,
      current: to,
      path: [...closeLast(from.path, now, { leftBy: 'drop' }), visit(to, now)],
      objections: closeObjections(from.objections, now),
      resumeTo: resume === null ? null : from.current,
      noteDismissed: false,
    };
  }
  const entry =
    options.repeatCall && s.repeatStart !== undefined && c.steps.has(s.repeatStart)
      ? s.repeatStart
      : s.start;
  return {
    scriptId: s.id,
    startedAt: now,
    current: entry,
    path: [visit(entry, now)],
    captures: {},
    said: {},
    objections: [],
    resumeTo: null,
    outcome: null,
    noteDismissed: false,
  };
}

/** The line dropped: the current visit ends here; `start(…, { resumeFrom })` continues it. */
export function drop(p: ScriptProgress, now: number): ScriptProgress {
  if (isFinished(p)) return p;
  return {
    ...p,
    path: closeLast(p.path, now, { leftBy: 'drop' }),
    objections: closeObjections(p.objections, now),
  };
}

export function currentStep(c: CompiledScript, p: ScriptProgress): ScriptStep | undefined {
  return c.steps.get(p.current)?.step;
}

/** The call's phase is the current step's. */
export function currentPhase(c: CompiledScript, p: ScriptProgress): Phase | undefined {
  return currentStep(c, p)?.phase;
}

/** Moving on (an answer, "next") says a step, unless it is already marked. */
function movedOn(p: ScriptProgress, now: number): Record<string, SaidMark> {
  return own(p.said, p.current) ? p.said : { ...p.said, [p.current]: { how: 'moved-on', at: now } };
}

export function answer(
  c: CompiledScript,
  p: ScriptProgress,
  answerId: string,
  now: number,
): ScriptProgress {
  const target = c.steps.get(p.current)?.answers.get(answerId)?.next;
  if (isFinished(p) || target === undefined || !c.steps.has(target)) return p;
  return move(p, target, now, { leftBy: 'answer', answer: answerId }, { said: movedOn(p, now) });
}

/** The step's default next; from the resume step, back to where the line dropped. */
export function next(c: CompiledScript, p: ScriptProgress, now: number): ScriptProgress {
  const resuming = p.resumeTo !== null && p.current === c.script.resumeStart;
  const target = resuming ? p.resumeTo : c.steps.get(p.current)?.step.next;
  if (isFinished(p) || !target || !c.steps.has(target)) return p;
  return move(
    p,
    target,
    now,
    { leftBy: 'next' },
    { said: movedOn(p, now), ...(resuming ? { resumeTo: null } : {}) },
  );
}

/** Alt+←: the previous step of the trail. */
export function back(c: CompiledScript, p: ScriptProgress, now: number): ScriptProgress {
  const { visits } = trailOf(p);
  const target = p.path[visits.at(-2) ?? -1]?.step;
  if (isFinished(p) || target === undefined || !c.steps.has(target)) return p;
  return move(p, target, now, { leftBy: 'back' });
}

/** Alt+→: the step back left (as a browser's Forward), else the default next. */
export function forward(c: CompiledScript, p: ScriptProgress, now: number): ScriptProgress {
  const target = trailOf(p).forward.at(-1);
  if (target === undefined) return next(c, p, now);
  if (isFinished(p) || !c.steps.has(target)) return p;
  return move(p, target, now, { leftBy: 'forward' });
}

/** A breadcrumb entry: an earlier step of the trail. */
export function goTo(
  c: CompiledScript,
  p: ScriptProgress,
  stepId: string,
  now: number,
): ScriptProgress {
  if (isFinished(p) || stepId === p.current || !c.steps.has(stepId)) return p;
  const { visits } = trailOf(p);
  const earlier = visits.slice(0, -1).some((i) => p.path[i]?.step === stepId);
  return earlier ? move(p, stepId, now, { leftBy: 'crumb' }) : p;
}

/** What the keys and buttons can do now, for the panel to enable them. */
export function availableMoves(
  c: CompiledScript,
  p: ScriptProgress,
): { back: boolean; forward: boolean; next: boolean } {
  const probe = (moved: ScriptProgress) => moved !== p;
  return {
    back: probe(back(c, p, 0)),
    forward: probe(forward(c, p, 0)),
    next: probe(next(c, p, 0)),
  };
}
