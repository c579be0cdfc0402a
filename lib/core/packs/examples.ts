import { createChecker, type CheckContext, type Checker } from '../engine';
import { rulesExamplesCanSee } from './example-scope';
import type { Pack, Rule } from '../model/pack';
import { clip, formatPath, problem, type PackProblem } from './problems';

/**
 * Runs each rule's `examples.match` / `examples.noMatch` through the engine, like a pack's own
 * tests: a `match` text the rule does not flag, or a `noMatch` text it flags, is an error.
 * One checker serves every example; it holds only the rules the examples can see
 * (`rulesExamplesCanSee`), with rules shipped switched off switched on, so their examples are
 * tested too.
 */
export function runPackExamples(pack: Pack): PackProblem[] {
  return runExamplesWith(pack, rulesExamplesCanSee);
}

/** `runPackExamples` with the choice of compiled rules given (the tests compare it with all). */
export function runExamplesWith(
  pack: Pack,
  compiledRules: (rules: readonly Rule[]) => readonly Rule[],
): PackProblem[] {
  if (!pack.rules.some((r) => r.examples?.match?.length || r.examples?.noMatch?.length)) return [];
  let checker: Checker;
  try {
    const allOn = compiledRules(pack.rules).map((r) =>
      r.enabled === false ? { ...r, enabled: true } : r,
    );
    checker = createChecker({ packs: [{ ...pack, rules: allOn }] });
  } catch (error) {
    const detail = clip(error instanceof Error ? error.message : String(error), 160);
    return [
      problem(
        'rules',
        `Dzinējs nevarēja sagatavot paku: ${detail}`,
        `The engine could not compile the pack: ${detail}`,
      ),
    ];
  }

  const problems: PackProblem[] = [];
  // Each distinct text is checked once per context: packs repeat example texts across rules.
  const flagged = new Map<string, ReadonlySet<string> | Error>();
  pack.rules.forEach((rule, i) => {
    const examples = rule.examples;
    if (!examples) return;
    const context: CheckContext = { ...examples.context };
    const contextKey = JSON.stringify(examples.context ?? {});
    const flags = (text: string): boolean | Error => {
      const key = `${contextKey}\u0000${text}`;
      let ids = flagged.get(key);
      if (ids === undefined) {
        try {
          ids = new Set(checker.check(text, context).map((f) => f.ruleId));
        } catch (error) {
          ids = error instanceof Error ? error : new Error(String(error));
        }
        flagged.set(key, ids);
      }
      return ids instanceof Error ? ids : ids.has(rule.id);
    };
    const report = (
      list: 'match' | 'noMatch',
      j: number,
      text: string,
      outcome: boolean | Error,
    ) => {
      const path = formatPath(['rules', i, 'examples', list, j]);
      const quoted = clip(text, 60);
      if (outcome instanceof Error) {
        problems.push(
          problem(
            path,
            `Dzinēja kļūda, pārbaudot piemēru: ${outcome.message}`,
            `The engine failed on this example: ${outcome.message}`,
          ),
        );
      } else if (list === 'match') {
        problems.push(
          problem(
            path,
            `Noteikums «${rule.id}» neatzīmē piemēru «${quoted}», lai gan tam būtu jāatzīmē.`,
            `The rule "${rule.id}" does not flag the example "${quoted}", but it should.`,
          ),
        );
      } else {
        problems.push(
          problem(
            path,
            `Noteikums «${rule.id}» atzīmē piemēru «${quoted}», lai gan nevajadzētu.`,
            `The rule "${rule.id}" flags the example "${quoted}", but it should not.`,
          ),
        );
      }
    };
    (examples.match ?? []).forEach((text, j) => {
      const outcome = flags(text);
      if (outcome !== true) report('match', j, text, outcome);
    });
    (examples.noMatch ?? []).forEach((text, j) => {
      const outcome = flags(text);
      if (outcome !== false) report('noMatch', j, text, outcome);
    });
  });
  return problems;
}
