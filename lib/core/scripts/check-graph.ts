import { formatPath, problem, type PackProblem, type PathKey } from '../packs/problems';
import type { CompiledScript } from './compile';
import { analyseGraph, reach, stepGraph, type GraphReport } from './graph';

/**
 * The paths of one script: every step can be reached, none is a dead end, no loop traps the
 * call, and an outcome's required fields are asked on the way to it.
 */
export function graphProblems(c: CompiledScript, at: PathKey[]): PackProblem[] {
  const graph = stepGraph(c);
  const report = analyseGraph(c, graph);
  const out: PackProblem[] = [];
  const stepPath = (id: string) => formatPath([...at, 'steps', c.steps.get(id)?.index ?? 0]);

  for (const [id] of c.steps) {
    if (report.reachable.has(id) || !c.steps.has(c.script.start)) continue;
    out.push(
      problem(
        stepPath(id),
        `Solis «${id}» nav sasniedzams: uz to neved neviens ceļš no sākuma soļa.`,
        `The step "${id}" cannot be reached: no path from a start step leads to it.`,
      ),
    );
  }
  for (const id of report.deadEnds) {
    out.push(
      problem(
        stepPath(id),
        `Solis «${id}» ir strupceļš: tam nav ne klienta atbilžu, ne nākamā soļa («next»), ne iznākuma.`,
        `The step "${id}" is a dead end: it has no answers, no next step and no outcome.`,
      ),
    );
  }
  for (const loop of report.closedLoops) {
    const lv = loop.map((id) => `«${id}»`).join(', ');
    const en = loop.map((id) => `"${id}"`).join(', ');
    out.push(
      problem(
        stepPath(loop[0] as string),
        `Soļi ${lv} veido cilpu bez izejas: neviens no tiem neved uz iznākumu.`,
        `The steps ${en} form a loop with no exit: none of them leads to an outcome.`,
      ),
    );
  }
  out.push(...unaskedFields(c, at, graph.into, report));
  return out;
}

/**
 * A field an outcome requires must be asked on a reachable step from which a step offering
 * that outcome can be reached (or, when no step offers it, on any reachable step). A field
 * asked on a step that cannot finish at all is left to that step's own error.
 */
function unaskedFields(
  c: CompiledScript,
  at: PathKey[],
  into: ReadonlyMap<string, readonly string[]>,
  { reachable, finishing }: GraphReport,
): PackProblem[] {
  const out: PackProblem[] = [];
  c.script.outcomes.forEach((outcome, k) => {
    const requires = outcome.requires ?? [];
    if (requires.length === 0) return;
    const offering = [...c.steps.values()]
      .filter(({ step }) => step.outcomes?.includes(outcome.id))
      .map(({ step }) => step.id);
    const before = offering.length > 0 ? reach(into, offering) : reachable;
    requires.forEach((field, m) => {
      if (!c.fields.has(field)) return; // reported as an unknown field
      const asked = [...c.steps.values()].some(
        ({ step }) =>
          reachable.has(step.id) &&
          (before.has(step.id) || !finishing.has(step.id)) &&
          (step.captures ?? []).some((capture) => capture.id === field),
      );
      if (asked) return;
      out.push(
        problem(
          formatPath([...at, 'outcomes', k, 'requires', m]),
          `Iznākumam «${outcome.id}» vajag lauku «${field}», bet neviens sasniedzams solis ceļā uz šo iznākumu to neprasa.`,
          `The outcome "${outcome.id}" needs the field "${field}", but no reachable step on the way to this outcome asks for it.`,
        ),
      );
    });
  });
  return out;
}
