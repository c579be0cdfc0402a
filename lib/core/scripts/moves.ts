import type { SaidHow, ScriptProgress } from '../model/script';
import type { RawCapture } from './capture';
import type { CompiledScript } from './compile';
import { answer, back, forward, goTo, next } from './navigate';
import { openObjection, returnFromObjection } from './objections';
import { own } from './progress';
import { capture, dismissNote, finish, markSaid, type ProgressResult } from './record';

/**
 * Everything an agent does in a running script, as one serialisable move, and the one pure
 * function that applies it: the background applies the sidebar's moves to the stored progress,
 * and the options page's preview applies the same moves to its own, so the preview runs the
 * script exactly as a call does.
 */
export type ScriptMove =
  | { kind: 'answer'; answer: string }
  | { kind: 'next' }
  | { kind: 'back' }
  | { kind: 'forward' }
  | { kind: 'goto'; step: string }
  | { kind: 'objection'; card: string }
  | { kind: 'return' }
  | { kind: 'capture'; field: string; value: RawCapture }
  | { kind: 'said'; step: string; how: Exclude<SaidHow, 'moved-on'> }
  | { kind: 'unsaid'; step: string }
  | { kind: 'finish'; outcome: string }
  | { kind: 'dismiss-note' };

export type ScriptMoveKind = ScriptMove['kind'];

const ok = (progress: ScriptProgress): ProgressResult => ({ ok: true, progress });

/** A tick taken back by hand; marks made by moving on or typing stay (they happened). */
function unsay(c: CompiledScript, p: ScriptProgress, step: string): ScriptProgress {
  if (!c.steps.has(step) || own(p.said, step)?.how !== 'ticked') return p;
  const said = { ...p.said };
  delete said[step];
  return { ...p, said };
}

export function applyMove(
  c: CompiledScript,
  p: ScriptProgress,
  move: ScriptMove,
  now: number,
): ProgressResult {
  switch (move.kind) {
    case 'answer':
      return ok(answer(c, p, move.answer, now));
    case 'next':
      return ok(next(c, p, now));
    case 'back':
      return ok(back(c, p, now));
    case 'forward':
      return ok(forward(c, p, now));
    case 'goto':
      return ok(goTo(c, p, move.step, now));
    case 'objection':
      return ok(openObjection(c, p, move.card, now));
    case 'return':
      return ok(returnFromObjection(c, p, now));
    case 'capture':
      return capture(c, p, move.field, move.value, now);
    case 'said':
      return ok(markSaid(c, p, move.step, move.how, now));
    case 'unsaid':
      return ok(unsay(c, p, move.step));
    case 'finish':
      // Ending at an outcome is moving on from the step the agent ended on.
      return finish(c, markSaid(c, p, p.current, 'moved-on', now), move.outcome, now);
    case 'dismiss-note':
      return ok(dismissNote(p));
  }
}
