import { isUtf8 } from 'node:buffer';
import { ACTIVITY_LIMITS, parseActivity } from '../../lib/core/report/activity';
import type { ActivityExport } from '../../lib/core/model/activity';
import { firstProblem } from './explain';
import type { QuickCheck } from './quick-check';

/**
 * One file's verdict, the same as `parseActivity`'s: the quick check settles the valid files,
 * the validator itself every other one (and names the first problem).
 */

export type FileVerdict = { ok: true; activity: ActivityExport } | { ok: false; reason: string };

export const TOO_LARGE = `larger than ${ACTIVITY_LIMITS.maxFileBytes / 1024 / 1024} MB`;

export function checkActivityFile(bytes: Buffer, quick: QuickCheck): FileVerdict {
  if (bytes.length > ACTIVITY_LIMITS.maxFileBytes) return { ok: false, reason: TOO_LARGE };
  const text = bytes.toString('utf8');
  try {
    const doc: unknown = JSON.parse(text);
    if (quick.accepts(doc)) return { ok: true, activity: doc };
  } catch {
    // Not JSON: the validator says so in its words below.
  }
  if (!isUtf8(bytes)) return { ok: false, reason: 'not UTF-8 text' };
  const result = parseActivity(text);
  if (result.ok) return result;
  return { ok: false, reason: firstProblem(result) ?? 'invalid' };
}
