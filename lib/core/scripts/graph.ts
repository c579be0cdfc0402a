import type { CompiledScript } from './compile';

/**
 * The shape of a script's step graph, for validation: which steps cannot be reached, which
 * go nowhere, and which loops have no way out to an outcome. Edges are answers and `next`
 * (targets that name no step are left out; validate.ts reports them). Objection cards do not
 * count as a way out of a loop: a script's own paths must end.
 */

export interface StepGraph {
  out: ReadonlyMap<string, readonly string[]>;
  into: ReadonlyMap<string, readonly string[]>;
}

export function stepGraph(c: CompiledScript): StepGraph {
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const id of c.steps.keys()) into.set(id, []);
  for (const [id, { step }] of c.steps) {
    const targets = [...(step.answers ?? []).map((a) => a.next), step.next ?? ''].filter(
      (t, k, all) => c.steps.has(t) && all.indexOf(t) === k,
    );
    out.set(id, targets);
    for (const t of targets) into.get(t)?.push(id);
  }
  return { out, into };
}

/** Every step reachable from `from` along `edges` (the starting steps included). */
export function reach(
  edges: ReadonlyMap<string, readonly string[]>,
  from: Iterable<string>,
): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const id of from) {
    if (edges.has(id) && !seen.has(id)) {
      seen.add(id);
      queue.push(id);
    }
  }
  for (let k = 0; k < queue.length; k++) {
    for (const next of edges.get(queue[k] as string) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

export interface GraphReport {
  reachable: ReadonlySet<string>;
  /** Steps from which some path ends in an outcome. */
  finishing: ReadonlySet<string>;
  /** Steps with nowhere to go and nothing to end with. */
  deadEnds: readonly string[];
  /** Loops none of whose steps leads out or ends the call, each in script order. */
  closedLoops: readonly string[][];
}

function offersOutcome(c: CompiledScript, id: string): boolean {
  const step = c.steps.get(id)?.step;
  return (step?.outcomes?.length ?? 0) > 0 || id === c.script.resumeStart;
}

export function analyseGraph(c: CompiledScript, graph: StepGraph = stepGraph(c)): GraphReport {
  const entries = [...c.entries];
  // Cards are open from every step, so their targets are reachable once any step is.
  const cardTargets = [...c.cards.values()].flatMap((card) => card.returnTo ?? []);
  const reachable = reach(graph.out, [...entries, ...cardTargets]);
  const ends = [...c.steps.keys()].filter((id) => offersOutcome(c, id));
  const finishing = reach(graph.into, ends);
  const deadEnds = [...c.steps.keys()].filter(
    (id) => (graph.out.get(id)?.length ?? 0) === 0 && !offersOutcome(c, id) && !hasTargets(c, id),
  );
  const closedLoops = stuckComponents(graph.out, finishing).map((ids) =>
    ids.sort((a, b) => (c.steps.get(a)?.index ?? 0) - (c.steps.get(b)?.index ?? 0)),
  );
  return { reachable, finishing, deadEnds, closedLoops };
}

/** A step whose answers or next name steps that do not exist is reported for those, not here. */
function hasTargets(c: CompiledScript, id: string): boolean {
  const step = c.steps.get(id)?.step;
  return step !== undefined && ((step.answers?.length ?? 0) > 0 || step.next !== undefined);
}

/**
 * Strongly connected components (Tarjan) among the steps that cannot finish, keeping the
 * cyclic ones whose steps lead nowhere outside the component.
 */
function stuckComponents(
  out: ReadonlyMap<string, readonly string[]>,
  finishing: ReadonlySet<string>,
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;

  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of out.get(v) ?? []) {
      if (finishing.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    const members = new Set(component);
    const cyclic = component.length > 1 || (out.get(v) ?? []).includes(v);
    const closed = component.every((id) => (out.get(id) ?? []).every((t) => members.has(t)));
    if (cyclic && closed) found.push(component);
  };

  for (const id of out.keys()) if (!finishing.has(id) && !index.has(id)) visit(id);
  return found;
}
