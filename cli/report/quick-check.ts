import * as v from 'valibot';
import type { ActivityExport } from '../../lib/core/model/activity';
import { ACTIVITY_LIMITS, ACTIVITY_VALUE_SCHEMAS } from '../../lib/core/report/activity';
import {
  CALL_FIELDS,
  ROW_TABLES,
  TOP_FIELDS,
  isNumberKind,
  maxOf,
  type FieldKind,
  type ValueKind,
} from './fields';

/**
 * A fast test that a parsed file is a valid `laipni-activity/1` export, for the report's bulk
 * read. It only ever answers "surely valid" or "not sure": a file it is not sure of goes to
 * `parseActivity`, whose verdict counts. So it may be stricter than the format, never looser:
 * whatever it accepts, `parseActivity` accepts too, with the same fields (a property test holds
 * the two together). Each distinct string is checked once with the format's own schema, then
 * remembered.
 */

type Obj = Record<string, unknown>;

/** An object's expected keys and what each holds, in one flat list. */
interface Shape {
  keys: readonly string[];
  kinds: readonly FieldKind[];
}

const shapeOf = (fields: Readonly<Record<string, FieldKind>>): Shape => ({
  keys: Object.keys(fields),
  kinds: Object.values(fields),
});

const TABLES = Object.keys(ROW_TABLES) as (keyof typeof ROW_TABLES)[];
const ROW_SHAPES = TABLES.map((t) => shapeOf(ROW_TABLES[t].fields));
const CALLS = shapeOf(CALL_FIELDS);
const TOP = shapeOf(TOP_FIELDS);
/** Top-level keys besides the scalar fields: the lists and `calls`. */
const TOP_EXTRA = TABLES.length + 1;
/** Keys valibot skips when it walks an object; a file holding one goes to the validator. */
const SKIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export class QuickCheck {
  private readonly seen = new Map<ValueKind, Map<string, boolean>>(
    (Object.keys(ACTIVITY_VALUE_SCHEMAS) as ValueKind[]).map((k) => [k, new Map()]),
  );

  private value(kind: ValueKind, x: unknown): boolean {
    if (typeof x !== 'string') return false;
    const known = this.seen.get(kind) as Map<string, boolean>;
    let ok = known.get(x);
    if (ok === undefined) {
      ok = v.is(ACTIVITY_VALUE_SCHEMAS[kind], x);
      // A flood of distinct bad values must not grow the memory without bound.
      if (known.size < 100_000) known.set(x, ok);
    }
    return ok;
  }

  private field(kind: FieldKind, x: unknown): boolean {
    if (isNumberKind(kind))
      return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= maxOf(kind);
    return this.value(kind, x);
  }

  /**
   * The object has `extra` keys besides the shape's, and the shape's keys are all there and
   * valid (`optional` may be absent). With the key count this means: no unknown key.
   */
  private fits(x: Obj, shape: Shape, extra: number, optional?: string): boolean {
    let absent = 0;
    for (let i = 0; i < shape.keys.length; i++) {
      const key = shape.keys[i] as string;
      const value = x[key];
      if (value === undefined) {
        if (key !== optional) return false;
        absent++;
      } else if (!this.field(shape.kinds[i] as FieldKind, value)) return false;
    }
    return Object.keys(x).length === shape.keys.length - absent + extra;
  }

  private rows(x: unknown, t: number): boolean {
    const table = ROW_TABLES[TABLES[t] as keyof typeof ROW_TABLES];
    const shape = ROW_SHAPES[t] as Shape;
    if (!Array.isArray(x) || x.length > table.max) return false;
    const keys = new Set<unknown>();
    const [first, second] = table.key as readonly string[];
    for (const row of x) {
      if (!isObject(row) || !this.fits(row, shape, 0)) return false;
      keys.add(
        second === undefined
          ? row[first as string]
          : `${row[first as string] as string} ${row[second] as string}`,
      );
    }
    return keys.size === x.length;
  }

  private outcomes(x: unknown): boolean {
    if (!isObject(x)) return false;
    const keys = Object.keys(x);
    if (keys.length > ACTIVITY_LIMITS.maxOutcomes) return false;
    for (const key of keys)
      if (SKIPPED_KEYS.has(key) || !this.value('outcomeId', key) || !this.field('count', x[key]))
        return false;
    return true;
  }

  /** True only when `doc` is surely a valid export (and then it is one, as parsed). */
  accepts(doc: unknown): doc is ActivityExport {
    if (!isObject(doc) || !this.fits(doc, TOP, TOP_EXTRA, 'team')) return false;
    for (let t = 0; t < TABLES.length; t++)
      if (!this.rows(doc[TABLES[t] as string], t)) return false;
    const calls = doc.calls;
    return isObject(calls) && this.fits(calls, CALLS, 1) && this.outcomes(calls.outcomes);
  }
}
