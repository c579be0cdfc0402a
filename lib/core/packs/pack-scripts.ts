import { BUILTIN_PACK, createChecker } from '../engine';
import type { Pack } from '../model/pack';
import { checkScripts, type ScriptProblems, type WordingChecker } from '../scripts/validate';
import { clip, problem } from './problems';

/**
 * A pack's guided call scripts, checked as lib/core/scripts checks them (references, texts,
 * the step graph) and, with `wording`, every text the agent will say by the handbook's rules
 * as an agent would get them: the built-in pack with this pack's rules over it.
 */

/** The engine the wording is judged by: the handbook's rules, this pack's own over them. */
export function wordingCheckerFor(pack: Pack): WordingChecker {
  const rulesOnly: Pack = { ...pack, scripts: [], checklists: {}, phrases: [] };
  return pack.id === BUILTIN_PACK.id
    ? createChecker({ packs: [rulesOnly] })
    : createChecker({ packs: [BUILTIN_PACK, rulesOnly] });
}

export function packScriptProblems(pack: Pack, options: { wording: boolean }): ScriptProblems {
  const scripts = pack.scripts ?? [];
  if (scripts.length === 0) return { errors: [], warnings: [] };
  if (!options.wording) return checkScripts(scripts);
  let checker: WordingChecker;
  try {
    checker = wordingCheckerFor(pack);
  } catch (error) {
    const detail = clip(error instanceof Error ? error.message : String(error), 160);
    return {
      errors: [
        problem(
          'scripts',
          `Dzinējs nevarēja sagatavot noteikumus skriptu pārbaudei: ${detail}`,
          `The engine could not compile the rules to check the scripts: ${detail}`,
        ),
      ],
      warnings: [],
    };
  }
  return checkScripts(scripts, { checker });
}
