import type { Script, ScriptProgress } from '../model/script';
import { compileScript } from './compile';
import { isSaid, requiredSteps } from './missing';
import { own } from './progress';

/**
 * Per-script statistics from the calls' stored progress (local, as other statistics): how
 * many calls used the script and reached an outcome, where the others left it, how long each
 * step took, how often required steps were said, and the outcomes. Pure: the options page
 * reads the calls, this counts them.
 */

export interface StepStats {
  step: string;
  /** Visits of the step (a step gone back to counts again). */
  visits: number;
  /** Time spent on the step over closed visits, in ms. */
  totalMs: number;
  closedVisits: number;
  /** Calls that ended on this step without an outcome. */
  exits: number;
  /** For a required step: calls it belonged to, and those in which it was said. */
  required?: { expected: number; said: number };
}

export interface ScriptStats {
  scriptId: string;
  calls: number;
  /** Calls that reached an outcome. */
  completed: number;
  outcomes: Record<string, number>;
  /** Required steps said over required steps expected, across the calls. */
  adherence: { expected: number; said: number };
  /** In script order, then steps no longer in the script. */
  steps: StepStats[];
}

function stepStats(step: string): StepStats {
  return { step, visits: 0, totalMs: 0, closedVisits: 0, exits: 0 };
}

export function scriptStats(
  progresses: readonly ScriptProgress[],
  scripts: readonly Script[],
): ScriptStats[] {
  const byId = new Map(scripts.map((s) => [s.id, s]));
  const out = new Map<string, { stats: ScriptStats; steps: Map<string, StepStats> }>();
  for (const p of progresses) {
    let entry = out.get(p.scriptId);
    const script = byId.get(p.scriptId);
    if (!entry) {
      const steps = new Map((script?.steps ?? []).map((s) => [s.id, stepStats(s.id)]));
      entry = {
        stats: {
          scriptId: p.scriptId,
          calls: 0,
          completed: 0,
          outcomes: {},
          adherence: { expected: 0, said: 0 },
          steps: [],
        },
        steps,
      };
      out.set(p.scriptId, entry);
    }
    const { stats, steps } = entry;
    const at = (id: string) => {
      let s = steps.get(id);
      if (!s) steps.set(id, (s = stepStats(id)));
      return s;
    };
    stats.calls += 1;
    for (const v of p.path) {
      const s = at(v.step);
      s.visits += 1;
      if (v.leftAt !== null) {
        s.totalMs += Math.max(0, v.leftAt - v.enteredAt);
        s.closedVisits += 1;
      }
    }
    if (p.outcome) {
      stats.completed += 1;
      stats.outcomes[p.outcome.id] = (stats.outcomes[p.outcome.id] ?? 0) + 1;
    } else {
      at(p.current).exits += 1;
    }
    if (!script) continue;
    const c = compileScript(script);
    for (const step of requiredSteps(c, p)) {
      const said = isSaid(step, own(p.said, step.id));
      const s = at(step.id);
      s.required ??= { expected: 0, said: 0 };
      s.required.expected += 1;
      stats.adherence.expected += 1;
      if (said) {
        s.required.said += 1;
        stats.adherence.said += 1;
      }
    }
  }
  return [...out.values()].map(({ stats, steps }) => ({ ...stats, steps: [...steps.values()] }));
}
