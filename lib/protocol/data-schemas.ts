import * as v from 'valibot';
import { CHECKLIST_KINDS } from '../core/model/pack';
import { ITEM_ID_PATTERN, RULE_ID_PATTERN } from '../core/packs/schema-parts';
import { distributionSchemas } from './distribution-schemas';
import { pageSchemas } from './page-schemas';
import type { MessageName, RequestOf } from './data-messages';

/**
 * Request schemas. Content scripts run beside a hostile page, so everything they send is checked
 * for shape and size before it reaches a handler.
 */

const MAX_EVENTS_PER_MESSAGE = 100;

const ruleId = v.pipe(v.string(), v.maxLength(100), v.regex(RULE_ID_PATTERN));
const itemId = v.pipe(v.string(), v.maxLength(100), v.regex(ITEM_ID_PATTERN));
const empty = v.strictObject({});

const schemas: { [K in MessageName]: v.GenericSchema<unknown, RequestOf<K>> } = {
  'data:get-rules': v.strictObject({
    knownVersion: v.optional(v.pipe(v.string(), v.maxLength(64))),
  }),
  'data:report-findings': v.strictObject({
    events: v.pipe(
      v.array(
        v.strictObject({
          ruleId,
          form: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
          outcome: v.picklist(['flagged', 'accepted', 'ignored']),
        }),
      ),
      v.maxLength(MAX_EVENTS_PER_MESSAGE),
    ),
  }),
  'data:checklist-hit': v.strictObject({ itemId, checklist: v.picklist(CHECKLIST_KINDS) }),
  'data:get-layering-report': empty,
  'data:import-pack': v.strictObject({
    json: v.pipe(v.string(), v.maxLength(16 * 1024 * 1024)),
    confirmDowngrade: v.optional(v.boolean()),
    origin: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  }),
  'data:purge-now': empty,
  ...pageSchemas,
  ...distributionSchemas,
};

export function parseRequest<K extends MessageName>(
  name: K,
  payload: unknown,
): { ok: true; value: RequestOf<K> } | { ok: false; message: string } {
  const schema = schemas[name] as v.GenericSchema<unknown, RequestOf<K>>;
  const parsed = v.safeParse(schema, payload);
  if (parsed.success) return { ok: true, value: parsed.output };
  const first = parsed.issues[0];
  const path = (first?.path ?? []).map((p) => String(p.key)).join('.');
  return { ok: false, message: `${path ? `${path}: ` : ''}${first?.message ?? 'invalid request'}` };
}
