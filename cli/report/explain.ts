import { readFile, stat } from 'node:fs/promises';
import {
  ACTIVITY_LIMITS,
  parseActivity,
  type ActivityResult,
} from '../../lib/core/report/activity';
import type { Refusal } from './load';

/** The validator's first problem as one line (`path: words`), or null for a valid file. */
export function firstProblem(result: ActivityResult): string | null {
  if (result.ok) return null;
  const p = result.problems[0];
  return p ? `${p.path === '' ? '' : `${p.path}: `}${p.en}` : 'invalid';
}

/**
 * Says why each refused file was refused in the validator's own words (its first problem, with
 * the JSON path), reading at most `max` files; the rest keep the loader's short reason.
 */
export async function explainRefusals(
  refused: readonly Refusal[],
  max = 1_000,
): Promise<Refusal[]> {
  const out: Refusal[] = [];
  for (const [i, r] of refused.entries()) {
    if (i >= max) {
      out.push(r);
      continue;
    }
    try {
      const info = await stat(r.file);
      if (info.size > ACTIVITY_LIMITS.maxFileBytes) {
        out.push(r);
        continue;
      }
      const reason = firstProblem(parseActivity(await readFile(r.file, 'utf8')));
      out.push(reason === null ? r : { file: r.file, reason });
    } catch {
      out.push(r);
    }
  }
  return out;
}
