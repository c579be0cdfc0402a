import * as v from 'valibot';
import { CHECKLIST_KINDS } from '../core/model/pack';
import { FINDING_OUTCOMES } from '../core/model/finding';
import { ITEM_ID_PATTERN, RULE_ID_PATTERN } from '../core/packs/schema-parts';
import type { DataProtocolMap } from './data-messages';
import { distributionSchemas } from './distribution-schemas';
import { frameSchemas } from './frame-schemas';
import type { MessageName, RequestOf } from './messages';
import { pageSchemas } from './page-schemas';
import { voiceSchemas } from './voice-schemas';

/**
 * Request schemas. Content scripts run beside a hostile page, so everything they send is checked
 * for shape and size before it reaches a handler.
 */

const MAX_EVENTS_PER_MESSAGE = 100;

const ruleId = v.pipe(v.string(), v.maxLength(100), v.regex(RULE_ID_PATTERN));
const itemId = v.pipe(v.string(), v.maxLength(100), v.regex(ITEM_ID_PATTERN));

const dataSchemas: {
  [K in keyof DataProtocolMap]: v.GenericSchema<unknown, DataProtocolMap[K]['request']>;
} = {
  'data:get-rules': v.strictObject({
    knownVersion: v.optional(v.pipe(v.string(), v.maxLength(64))),
  }),
  'data:report-findings': v.strictObject({
    events: v.pipe(
      v.array(
        v.strictObject({
          ruleId,
          form: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
          outcome: v.picklist(FINDING_OUTCOMES),
        }),
      ),
      v.maxLength(MAX_EVENTS_PER_MESSAGE),
    ),
  }),
  'data:checklist-hit': v.strictObject({
    itemId,
    checklist: v.picklist([...CHECKLIST_KINDS, 'script']),
  }),
};

export type RequestSchemas<Map extends { [K in keyof Map]: { request: unknown } }> = {
  [K in keyof Map]: v.GenericSchema<unknown, Map[K]['request']>;
};

export const REQUEST_SCHEMAS: { [K in MessageName]: v.GenericSchema<unknown, RequestOf<K>> } = {
  ...dataSchemas,
  ...pageSchemas,
  ...distributionSchemas,
  ...frameSchemas,
  ...voiceSchemas,
};

/** Checks a request against its schema; the message names the first wrong field. */
export function parseWith<T>(
  schema: v.GenericSchema<unknown, T>,
  payload: unknown,
): { ok: true; value: T } | { ok: false; message: string } {
  const parsed = v.safeParse(schema, payload);
  if (parsed.success) return { ok: true, value: parsed.output };
  const first = parsed.issues[0];
  const path = (first?.path ?? []).map((p) => String(p.key)).join('.');
  return { ok: false, message: `${path ? `${path}: ` : ''}${first?.message ?? 'invalid request'}` };
}
