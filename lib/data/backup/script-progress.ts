import * as v from 'valibot';
import { SAID_HOWS } from '../../core/model/script';
import { strict, text } from '../../core/packs/schema-parts';
import { rec, time } from './fields';

/**
 * A call's script progress as a backup holds it (CallRecord.script): bounded lists and ids, so
 * a restored record is one the sidebar and the statistics can read. Captured values are the
 * agent's input: short texts, finite numbers, booleans.
 */

const id = text(100);
const list = <T extends v.GenericSchema>(schema: T, max: number) =>
  v.pipe(v.array(schema), v.maxLength(max));
const EXITS = [
  'answer',
  'next',
  'forward',
  'back',
  'crumb',
  'objection',
  'finish',
  'drop',
] as const;

const visit = strict(
  {
    step: id,
    enteredAt: time,
    leftAt: v.nullable(time),
    leftBy: v.nullable(v.picklist(EXITS)),
    answer: v.optional(id),
    card: v.optional(id),
  },
  rec('step visit'),
);

const captureValue = v.union([text(1000, 0), v.pipe(v.number(), v.finite()), v.boolean()]);

export const scriptProgressSchema = strict(
  {
    scriptId: id,
    startedAt: time,
    current: id,
    path: list(visit, 10_000),
    captures: v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]*$/), v.maxLength(64)),
        captureValue,
      ),
      v.check((r) => Object.keys(r).length <= 200),
    ),
    said: v.pipe(
      v.record(id, strict({ how: v.picklist(SAID_HOWS), at: time }, rec('said mark'))),
      v.check((r) => Object.keys(r).length <= 1000),
    ),
    objections: list(
      strict({ card: id, step: id, openedAt: time, closedAt: v.nullable(time) }, rec('objection')),
      1000,
    ),
    resumeTo: v.nullable(id),
    outcome: v.nullable(strict({ id, at: time }, rec('outcome'))),
    noteDismissed: v.boolean(),
  },
  rec('script progress'),
);
