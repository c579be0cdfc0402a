import type { ActivityResult } from '../../lib/core/report/activity';

/** The validator's first problem as one line (`path: words`), or null for a valid file. */
export function firstProblem(result: ActivityResult): string | null {
  if (result.ok) return null;
  const p = result.problems[0];
  return p ? `${p.path === '' ? '' : `${p.path}: `}${p.en}` : 'invalid';
}
