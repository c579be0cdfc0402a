import * as v from 'valibot';
import type { Script } from '../model/script';
import { issueToProblem } from '../packs/issue-text';
import { formatPath, type PackProblem, type PathKey } from '../packs/problems';
import { findDuplicateIds } from '../packs/semantic';
import { graphProblems } from './check-graph';
import { referenceProblems } from './check-refs';
import { textProblems } from './check-texts';
import { compileScript } from './compile';
import { scriptsSchema } from './schema';
import { wordingProblems, type WordingCache, type WordingChecker } from './wording';

export type { WordingChecker, WordingFinding } from './wording';

export interface ScriptCheckOptions {
  /** The engine for the wording check; omitted = no wording check. */
  checker?: WordingChecker;
  /** Where the scripts are in the document (default `scripts`). */
  at?: PathKey[];
}

export interface ScriptProblems {
  errors: PackProblem[];
  warnings: PackProblem[];
}

/**
 * Everything the schema cannot see in scripts that passed it: unique script ids, references,
 * texts and slots, the step graph, and (with a checker) the wording. Never throws.
 */
export function checkScripts(
  scripts: readonly Script[],
  options: ScriptCheckOptions = {},
): ScriptProblems {
  const at = options.at ?? ['scripts'];
  const errors = findDuplicateIds(
    scripts.map((value, i) => ({ value, path: [...at, i] })),
    { lv: 'Skripta id', en: 'Script id' },
  );
  const warnings: PackProblem[] = [];
  const cache: WordingCache = new Map();
  scripts.forEach((script, i) => {
    const c = compileScript(script);
    const here = [...at, i];
    errors.push(...referenceProblems(c, here), ...textProblems(c, here), ...graphProblems(c, here));
    if (!options.checker) return;
    const wording = wordingProblems(c, here, options.checker, cache);
    errors.push(...wording.errors);
    warnings.push(...wording.warnings);
  });
  return { errors, warnings };
}

export type ScriptsResult =
  | { ok: true; scripts: Script[]; warnings: PackProblem[] }
  | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

/** Schema first, then `checkScripts`: for a list of scripts on its own (the options editor). */
export function validateScripts(input: unknown, options: ScriptCheckOptions = {}): ScriptsResult {
  const at = options.at ?? ['scripts'];
  const parsed = v.safeParse(scriptsSchema, input, { abortEarly: false });
  if (!parsed.success) {
    const prefix = formatPath(at);
    const errors = parsed.issues.map((issue) => {
      const p = issueToProblem(issue);
      const path =
        p.path === '' ? prefix : p.path.startsWith('[') ? prefix + p.path : `${prefix}.${p.path}`;
      return { ...p, path };
    });
    return { ok: false, errors, warnings: [] };
  }
  const { errors, warnings } = checkScripts(parsed.output, options);
  return errors.length > 0
    ? { ok: false, errors, warnings }
    : { ok: true, scripts: parsed.output, warnings };
}
