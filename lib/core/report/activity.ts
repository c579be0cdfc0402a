import * as v from 'valibot';
import { ACTIVITY_FORMAT, type ActivityExport } from '../model/activity';
import { issueToProblem } from '../packs/issue-text';
import { problem, type PackProblem } from '../packs/problems';
import { ACTIVITY_LIMITS, ACTIVITY_VALUE_SCHEMAS, activitySchema } from './activity-schema';

export { ACTIVITY_FORMAT, ACTIVITY_LIMITS, ACTIVITY_VALUE_SCHEMAS };
export type {
  ActivityExport,
  ActivityPack,
  CallActivity,
  ChecklistActivity,
  RuleActivity,
  ScriptStepActivity,
} from '../model/activity';

/** Where and what is wrong, in Latvian and English (the same shape as a pack's problems). */
export type ActivityProblem = PackProblem;

export type ActivityResult =
  { ok: true; activity: ActivityExport } | { ok: false; problems: ActivityProblem[] };

const MAX_PROBLEMS = 20;

function tooLarge(): ActivityResult {
  const mb = ACTIVITY_LIMITS.maxFileBytes / 1024 / 1024;
  return {
    ok: false,
    problems: [problem('', `Fails ir lielāks par ${mb} MB.`, `The file is larger than ${mb} MB.`)],
  };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Checks one activity export, given as JSON text or an already parsed value. Never throws. A valid
 * file comes back as a fresh object holding only the listed fields; anything else is a list of
 * problems with their JSON paths.
 */
export function parseActivity(input: unknown): ActivityResult {
  let value = input;
  if (typeof input === 'string') {
    const max = ACTIVITY_LIMITS.maxFileBytes;
    if (input.length > max || (input.length * 3 > max && utf8Length(input) > max))
      return tooLarge();
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problems: [problem('', `Tas nav JSON: ${detail}`, `Not JSON: ${detail}`)],
      };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        problem('', 'Failam jābūt JSON objektam { … }.', 'The file must be a JSON object { … }.'),
      ],
    };
  }
  const parsed = v.safeParse(activitySchema, value, { abortEarly: false });
  if (parsed.success) return { ok: true, activity: parsed.output };
  return { ok: false, problems: parsed.issues.slice(0, MAX_PROBLEMS).map(issueToProblem) };
}

/**
 * Where an agent's day goes in a shared folder or bucket: `<agentId>/<day>.json`. The id's
 * character set keeps it one safe path segment. Throws on an id or day the format refuses.
 */
export function activityFileName(agentId: string, day: string): string {
  if (!v.is(ACTIVITY_VALUE_SCHEMAS.agentId, agentId) || !v.is(ACTIVITY_VALUE_SCHEMAS.day, day))
    throw new RangeError(`not an agent id and day: ${JSON.stringify([agentId, day])}`);
  return `${agentId}/${day}.json`;
}
