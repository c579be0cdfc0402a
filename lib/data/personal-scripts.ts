import type { Script } from '../core/model/script';
import type { PackProblem } from '../core/packs/problems';
import { validateScripts, type WordingChecker } from '../core/scripts/validate';
import type { LaipniDb } from './database';

/**
 * The agent's own call scripts. A script is stored only when it validates (its paths, its
 * texts and, with a checker, its wording), so the effective pack always holds scripts a call
 * can run; a refused one comes back with every problem and nothing stored changes.
 */

export type PersonalScriptResult =
  | { ok: true; script: Script; warnings: PackProblem[] }
  | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

export async function putPersonalScript(
  db: LaipniDb,
  input: unknown,
  options: { checker?: WordingChecker; now?: number } = {},
): Promise<PersonalScriptResult> {
  const checked = validateScripts([input], {
    at: [],
    ...(options.checker ? { checker: options.checker } : {}),
  });
  if (!checked.ok)
    return { ok: false, errors: unindexed(checked.errors), warnings: unindexed(checked.warnings) };
  const [script] = checked.scripts as [Script];
  await db.personalScripts.put({ id: script.id, script, updatedAt: options.now ?? Date.now() });
  return { ok: true, script, warnings: unindexed(checked.warnings) };
}

/** Paths of the one script validated as a list of one: `[0].steps[2]` → `steps[2]`. */
function unindexed(problems: PackProblem[]): PackProblem[] {
  return problems.map((p) => ({ ...p, path: p.path.replace(/^\[0\]\.?/, '') }));
}

export async function deletePersonalScript(db: LaipniDb, id: string): Promise<void> {
  await db.personalScripts.delete(id);
}

export async function listPersonalScripts(db: LaipniDb): Promise<Script[]> {
  return (await db.personalScripts.orderBy('id').toArray()).map((r) => r.script);
}
