import * as v from 'valibot';
import { ACTIVITY_FORMAT, type ActivityExport } from '../model/activity';
import { CHECKLIST_KINDS } from '../model/pack';
import { bi } from '../packs/issue-text';
import { ITEM_ID_PATTERN, PACK_ID_PATTERN, RULE_ID_PATTERN, strict } from '../packs/schema-parts';
import { SEMVER_PATTERN } from '../packs/semver';

/**
 * The valibot schema of `laipni-activity/1`. Every object is strict (an unknown field is an
 * error), every string is an id, a date or a version from a narrow character set, and every
 * count is a whole number in a bound, so the file cannot carry text.
 */

export const ACTIVITY_LIMITS = {
  maxAgentIdLength: 64,
  maxIdLength: 100,
  maxPacks: 100,
  maxRules: 5_000,
  maxChecklistItems: 5_000,
  maxScriptSteps: 5_000,
  maxOutcomes: 200,
  /** Any count in one agent's day. */
  maxCount: 1_000_000,
  /** Any duration in one day's file: a call that began the day before ends on this one. */
  maxDurationMs: 48 * 3_600_000,
  /** A file larger than this is refused unread (the largest legal file is about 4 MB). */
  maxFileBytes: 8 * 1024 * 1024,
} as const;

const L = ACTIVITY_LIMITS;

/** Agent and team ids: company-chosen or random, safe as a folder name and in a spreadsheet. */
export const AGENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DAY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?Z$/;
const EXTENSION_VERSION_PATTERN = /^\d{1,9}(?:\.\d{1,9}){2,3}$/;

/** A calendar day that exists (no 30 February). */
export function isCalendarDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pattern = (re: RegExp, max: number, lv: string, en: string) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(re, bi(lv, en)));

const agentIdSchema = pattern(
  AGENT_ID_PATTERN,
  L.maxAgentIdLength,
  'Identifikatorā drīkst būt latīņu burti, cipari, punkti, defises un pasvītras (sākumā burts vai cipars), līdz 64 rakstzīmēm.',
  'An id may contain Latin letters, digits, dots, hyphens and underscores (starting with a letter or digit), up to 64 characters.',
);
const itemIdSchema = pattern(
  ITEM_ID_PATTERN,
  L.maxIdLength,
  'Identifikatorā drīkst būt tikai latīņu burti, cipari, defises, punkti un pasvītras.',
  'An id may contain only Latin letters, digits, hyphens, dots and underscores.',
);

/**
 * Each string field's own schema. The report's loader checks every distinct value it reads with
 * these, so the command line and the extension refuse exactly the same strings.
 */
export const ACTIVITY_VALUE_SCHEMAS = {
  format: v.literal(ACTIVITY_FORMAT),
  agentId: agentIdSchema,
  team: agentIdSchema,
  day: v.pipe(
    v.string(),
    v.check(isCalendarDay, bi('Datums formā «GGGG-MM-DD».', 'A date as "YYYY-MM-DD".')),
  ),
  generatedAt: v.pipe(
    v.string(),
    v.check(
      (s) => isCalendarDay(TIME_PATTERN.exec(s)?.[1] ?? ''),
      bi(
        'Laiks ISO 8601 formā UTC, piem., «2026-03-02T17:05:00.000Z».',
        'A time in ISO 8601 UTC, e.g. "2026-03-02T17:05:00.000Z".',
      ),
    ),
  ),
  extensionVersion: pattern(
    EXTENSION_VERSION_PATTERN,
    40,
    'Versija formā «x.y.z».',
    'A version as "x.y.z".',
  ),
  packId: pattern(
    PACK_ID_PATTERN,
    L.maxIdLength,
    'Pakas identifikatorā drīkst būt tikai mazie latīņu burti, cipari, defises un punkti.',
    'A pack id may contain only lower-case Latin letters, digits, hyphens and dots.',
  ),
  packVersion: pattern(SEMVER_PATTERN, 64, 'Versija semver formā.', 'A semver version.'),
  ruleId: pattern(
    RULE_ID_PATTERN,
    L.maxIdLength,
    'Noteikuma identifikatorā drīkst būt tikai mazie latīņu burti, cipari un defises.',
    'A rule id may contain only lower-case Latin letters, digits and hyphens.',
  ),
  checklist: v.picklist(CHECKLIST_KINDS),
  itemId: itemIdSchema,
  scriptId: itemIdSchema,
  stepId: itemIdSchema,
  outcomeId: itemIdSchema,
} as const;

const S = ACTIVITY_VALUE_SCHEMAS;
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(L.maxCount));
const duration = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(L.maxDurationMs));

/** A list whose rows are unique by `key`, at most `max` long. */
function rows<T extends v.GenericSchema>(
  row: T,
  max: number,
  key: (r: v.InferOutput<T>) => string,
) {
  return v.pipe(
    v.array(row),
    v.maxLength(max),
    v.check(
      (list) => new Set(list.map(key)).size === list.length,
      bi('Katra rinda drīkst būt tikai vienreiz.', 'Each row may appear only once.'),
    ),
  );
}

const isPlainObject = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const outcomesSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    isPlainObject,
    bi('Jābūt objektam { "iznākums": skaits }.', 'Must be an object { "outcome": count }.'),
  ),
  v.record(S.outcomeId, count),
  v.check(
    (o) => Object.keys(o).length <= L.maxOutcomes,
    bi(`Ne vairāk kā ${L.maxOutcomes} iznākumu.`, `At most ${L.maxOutcomes} outcomes.`),
  ),
);

export const activitySchema = strict(
  {
    format: S.format,
    agentId: S.agentId,
    team: v.optional(S.team),
    day: S.day,
    generatedAt: S.generatedAt,
    extensionVersion: S.extensionVersion,
    packs: rows(
      strict({ id: S.packId, version: S.packVersion }, { lv: 'paka', en: 'pack' }),
      L.maxPacks,
      (p) => p.id,
    ),
    rules: rows(
      strict(
        { ruleId: S.ruleId, flagged: count, accepted: count, ignored: count },
        { lv: 'noteikuma skaitļi', en: 'rule counts' },
      ),
      L.maxRules,
      (r) => r.ruleId,
    ),
    checklist: rows(
      strict(
        { checklist: S.checklist, itemId: S.itemId, done: count, missed: count },
        { lv: 'kontrolsaraksta punkta skaitļi', en: 'checklist item counts' },
      ),
      L.maxChecklistItems,
      (c) => `${c.checklist} ${c.itemId}`,
    ),
    scripts: rows(
      strict(
        {
          scriptId: S.scriptId,
          stepId: S.stepId,
          reached: count,
          completed: count,
          left: count,
          timeMs: duration,
        },
        { lv: 'skripta soļa skaitļi', en: 'script step counts' },
      ),
      L.maxScriptSteps,
      (s) => `${s.scriptId} ${s.stepId}`,
    ),
    calls: strict(
      {
        count,
        dropped: count,
        inbound: count,
        outbound: count,
        totalMs: duration,
        outcomes: outcomesSchema,
      },
      { lv: 'zvanu skaitļi', en: 'call counts' },
    ),
  },
  { lv: 'dienas aktivitāte', en: 'activity export' },
);

// Compile-time guard: what the schema lets through is an `ActivityExport`, and back.
const _fits = (a: v.InferOutput<typeof activitySchema>): ActivityExport => a;
const _covers = (a: ActivityExport): v.InferInput<typeof activitySchema> => a;
void _fits;
void _covers;
