import type { ScriptProgress } from '../model/script';

/**
 * The trail (breadcrumb) and the forward history, replayed from the path: the path keeps
 * every visit, and back, breadcrumb and forward moves are read from how each visit was left,
 * as a browser's history would be. Paths are a few dozen visits; the replay is linear.
 */
export interface Trail {
  /** Indexes into `path` of the visits from the first step to the current one. */
  visits: number[];
  /** Step ids undone by back, the next one forward last. */
  forward: string[];
}

export function trailOf(p: ScriptProgress): Trail {
  const visits: number[] = [];
  const forward: string[] = [];
  p.path.forEach((v, i) => {
    const how = i === 0 ? null : (p.path[i - 1]?.leftBy ?? null);
    if (how === 'back' || how === 'crumb') {
      // Back to an earlier visit of this step: it is replaced by this one.
      while (visits.length > 0) {
        const top = visits.pop() as number;
        const step = p.path[top]?.step;
        if (step === v.step) break;
        if (step !== undefined) forward.push(step);
      }
    } else if (how === 'forward') {
      forward.pop();
    } else {
      forward.length = 0;
    }
    visits.push(i);
  });
  return { visits, forward };
}

/** Step ids of the trail, first step first, the current step last. */
export function breadcrumb(p: ScriptProgress): string[] {
  return trailOf(p).visits.map((i) => p.path[i]?.step ?? '');
}
