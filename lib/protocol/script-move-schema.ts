import * as v from 'valibot';
import { ITEM_ID_PATTERN } from '../core/packs/schema-parts';
import { SCRIPT_LIMITS } from '../core/scripts/limits';
import { SLOT_NAME_PATTERN } from '../core/scripts/slots';
import type { SidebarScriptMove } from './sidebar-store';

/** A sidebar's script move, checked for shape and size before the background applies it. */

const id = v.pipe(v.string(), v.maxLength(100), v.regex(ITEM_ID_PATTERN));
const field = v.pipe(v.string(), v.maxLength(64), v.regex(SLOT_NAME_PATTERN));
const bare = <K extends string>(kind: K) => v.strictObject({ kind: v.literal(kind) });

export const scriptMoveSchema: v.GenericSchema<unknown, SidebarScriptMove> = v.variant('kind', [
  v.strictObject({ kind: v.literal('answer'), answer: id }),
  bare('next'),
  bare('back'),
  bare('forward'),
  v.strictObject({ kind: v.literal('goto'), step: id }),
  v.strictObject({ kind: v.literal('objection'), card: id }),
  bare('return'),
  v.strictObject({
    kind: v.literal('capture'),
    field,
    value: v.union([
      v.pipe(v.string(), v.maxLength(SCRIPT_LIMITS.maxCaptureText)),
      v.pipe(v.number(), v.finite()),
      v.boolean(),
    ]),
  }),
  v.strictObject({ kind: v.literal('said'), step: id, how: v.picklist(['ticked', 'inserted']) }),
  v.strictObject({ kind: v.literal('unsaid'), step: id }),
  v.strictObject({ kind: v.literal('finish'), outcome: id }),
  bare('dismiss-note'),
]);
