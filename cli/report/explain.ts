import { readFile, stat } from 'node:fs/promises';
import { ACTIVITY_LIMITS, parseActivity } from '../../lib/core/report/activity';
import type { Refusal } from './load';

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
      const result = parseActivity(await readFile(r.file, 'utf8'));
      const p = result.ok ? undefined : result.problems[0];
      out.push(p ? { file: r.file, reason: `${p.path === '' ? '' : `${p.path}: `}${p.en}` } : r);
    } catch {
      out.push(r);
    }
  }
  return out;
}
