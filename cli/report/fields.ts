import type {
  ActivityExport,
  ActivityPack,
  CallActivity,
  ChecklistActivity,
  RuleActivity,
  ScriptStepActivity,
} from '../../lib/core/model/activity';
import { ACTIVITY_LIMITS, ACTIVITY_VALUE_SCHEMAS } from '../../lib/core/report/activity';

/**
 * The activity format's fields as the report's loader reads them: each string field names the
 * value schema that checks it, each number field its bound. Typed against the model, so a field
 * added to the format and not here (or the other way round) does not compile.
 */

export type ValueKind = keyof typeof ACTIVITY_VALUE_SCHEMAS;
export type FieldKind = ValueKind | 'count' | 'duration';

type Top = Omit<ActivityExport, 'packs' | 'rules' | 'checklist' | 'scripts' | 'calls'>;

export const TOP_FIELDS = {
  format: 'format',
  agentId: 'agentId',
  team: 'team',
  day: 'day',
  generatedAt: 'generatedAt',
  extensionVersion: 'extensionVersion',
} as const satisfies Record<keyof Top, FieldKind>;

export const CALL_FIELDS = {
  count: 'count',
  dropped: 'count',
  inbound: 'count',
  outbound: 'count',
  totalMs: 'duration',
} as const satisfies Record<Exclude<keyof CallActivity, 'outcomes'>, FieldKind>;

export const ROW_TABLES = {
  packs: {
    fields: { id: 'packId', version: 'packVersion' } satisfies Record<
      keyof ActivityPack,
      FieldKind
    >,
    key: ['id'],
    max: ACTIVITY_LIMITS.maxPacks,
  },
  rules: {
    fields: {
      ruleId: 'ruleId',
      flagged: 'count',
      accepted: 'count',
      ignored: 'count',
    } satisfies Record<keyof RuleActivity, FieldKind>,
    key: ['ruleId'],
    max: ACTIVITY_LIMITS.maxRules,
  },
  checklist: {
    fields: {
      checklist: 'checklist',
      itemId: 'itemId',
      done: 'count',
      missed: 'count',
    } satisfies Record<keyof ChecklistActivity, FieldKind>,
    key: ['checklist', 'itemId'],
    max: ACTIVITY_LIMITS.maxChecklistItems,
  },
  scripts: {
    fields: {
      scriptId: 'scriptId',
      stepId: 'stepId',
      reached: 'count',
      completed: 'count',
      left: 'count',
      timeMs: 'duration',
    } satisfies Record<keyof ScriptStepActivity, FieldKind>,
    key: ['scriptId', 'stepId'],
    max: ACTIVITY_LIMITS.maxScriptSteps,
  },
} as const;

export type RowTable = keyof typeof ROW_TABLES;

export function isNumberKind(kind: FieldKind): kind is 'count' | 'duration' {
  return kind === 'count' || kind === 'duration';
}

export function maxOf(kind: 'count' | 'duration'): number {
  return kind === 'count' ? ACTIVITY_LIMITS.maxCount : ACTIVITY_LIMITS.maxDurationMs;
}
