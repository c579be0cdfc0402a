import type * as v from 'valibot';

/**
 * A valibot schema compiled once into plain functions that only say yes: for input the schema
 * accepts they return the same output valibot returns (fresh objects with the schema's key
 * order, fresh arrays, the same strings and numbers), and for anything else they give up, and
 * the caller runs valibot itself, which stays the one source of errors and messages.
 *
 * Why: valibot builds a dataset per value and its garbage costs most of a 10,000-rule pack's
 * validation in Chromium (≈ 100 ms of 115). The functions read the schema's own description
 * (types, entries, pipe actions), so a schema change needs no change here; a schema piece not
 * understood here makes the whole compiled schema give up, never guess.
 */

/** The parts of valibot's schema and action objects read here (their public shape). */
interface Piece {
  kind: string;
  type: string;
  pipe?: readonly Piece[];
  entries?: Readonly<Record<string, Piece>>;
  wrapped?: Piece;
  item?: Piece;
  options?: readonly unknown[];
  key?: string;
  literal?: unknown;
  requirement?: unknown;
  default?: unknown;
  fallback?: unknown;
}

/** Returns the output, or NO when the input is not plainly valid. */
type Reader = (input: unknown) => unknown;

const NO: unique symbol = Symbol('not plainly valid');

class Unsupported extends Error {}

interface Context {
  /**
   * Return the input's own objects and arrays where they already are the output (fields in the
   * schema's order, nothing dropped), copying only what differs. Only for input nobody else
   * holds, such as a document just parsed from text.
   */
  reuse: boolean;
}

function isObject(input: unknown): input is Record<string, unknown> {
  return input !== null && typeof input === 'object';
}

function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

type Check = (value: unknown) => boolean;

/** A pipe's validation action as a check; anything that transforms is not understood. */
function action(piece: Piece): Check | null {
  if (piece.kind === 'metadata') return null;
  if (piece.kind !== 'validation') throw new Unsupported(piece.type);
  const req = piece.requirement;
  const length = (value: unknown) => (value as { length: number }).length;
  switch (piece.type) {
    case 'min_length':
      return (value) => length(value) >= (req as number);
    case 'max_length':
      return (value) => length(value) <= (req as number);
    case 'min_value':
      return (value) => (value as number) >= (req as number);
    case 'max_value':
      return (value) => (value as number) <= (req as number);
    case 'regex': {
      const re = req as RegExp;
      // A global or sticky pattern keeps state between tests; valibot would see another state.
      if (re.global || re.sticky) throw new Unsupported('stateful regex');
      return (value) => re.test(value as string);
    }
    case 'check':
    case 'finite':
    case 'integer': {
      const test = req as (value: unknown) => boolean;
      return (value) => test(value);
    }
    default:
      throw new Unsupported(piece.type);
  }
}

function strictObject(entries: Readonly<Record<string, Piece>>, ctx: Context): Reader {
  const keys = Object.keys(entries);
  const reads: Reader[] = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const schema = entries[key] as Piece;
    reads.push(reader(schema, ctx));
    optional.push(
      schema.type === 'optional' || schema.type === 'exact_optional' || schema.type === 'nullish',
    );
  }
  const position = new Map(keys.map((key, i) => [key, i]));
  const n = keys.length;
  const { reuse } = ctx;
  /** A fresh object with the fields before `end` (equal to the input's so far). */
  const copyBefore = (input: Record<string, unknown>, end: number) => {
    const out: Record<string, unknown> = {};
    for (let j = 0; j < end; j++) {
      const key = keys[j] as string;
      if (key in input) out[key] = input[key];
    }
    return out;
  };
  return (input) => {
    if (!isObject(input)) return NO;
    // As valibot: every enumerable key must be a field. Reused only if already in field order.
    let ordered = reuse && Object.getPrototypeOf(input) === Object.prototype;
    let last = -1;
    for (const key in input) {
      const at = position.get(key);
      if (at === undefined) return NO;
      if (at < last) ordered = false;
      last = at;
    }
    let out: Record<string, unknown> | null = ordered ? null : {};
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      // As valibot: a key counts when `key in input`, whatever its value.
      const current = input[key];
      if (current === undefined && !(key in input)) {
        if (optional[i]) continue;
        return NO;
      }
      const value = (reads[i] as Reader)(current);
      if (value === NO) return NO;
      if (out) out[key] = value;
      else if (value !== current) {
        out = copyBefore(input, i);
        out[key] = value;
      }
    }
    return out ?? input;
  };
}

function variant(key: string, options: readonly Piece[], ctx: Context): Reader {
  const accepts: Reader[] = [];
  const reads: Reader[] = [];
  for (const option of options) {
    if (option.type === 'variant' || !option.entries) throw new Unsupported('nested variant');
    const discriminator = option.entries[key];
    if (!discriminator) throw new Unsupported('variant without key');
    accepts.push(reader(discriminator, ctx));
    reads.push(reader(option, ctx));
  }
  return (input) => {
    if (!isObject(input) || !(key in input)) return NO;
    const value = input[key];
    // Valibot tries every option whose discriminator fits; with more than one, give up.
    let fitting = -1;
    for (let i = 0; i < accepts.length; i++) {
      if ((accepts[i] as Reader)(value) === NO) continue;
      if (fitting >= 0) return NO;
      fitting = i;
    }
    return fitting < 0 ? NO : (reads[fitting] as Reader)(input);
  };
}

function base(piece: Piece, ctx: Context): Reader {
  switch (piece.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : NO);
    case 'number':
      return (input) => (typeof input === 'number' && !Number.isNaN(input) ? input : NO);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : NO);
    case 'unknown':
      return (input) => input;
    case 'literal': {
      const literal = piece.literal;
      return (input) => (sameValueZero(input, literal) ? input : NO);
    }
    case 'picklist': {
      const options = piece.options ?? [];
      return (input) => (options.includes(input) ? input : NO);
    }
    case 'optional': {
      if (!piece.wrapped || piece.default !== undefined) throw new Unsupported('optional');
      const read = reader(piece.wrapped, ctx);
      return (input) => (input === undefined ? undefined : read(input));
    }
    case 'array': {
      if (!piece.item) throw new Unsupported('array');
      const read = reader(piece.item, ctx);
      const { reuse } = ctx;
      return (input) => {
        if (!Array.isArray(input)) return NO;
        let out: unknown[] | null = reuse ? null : new Array<unknown>(input.length);
        for (let i = 0; i < input.length; i++) {
          const current: unknown = input[i];
          const value = read(current);
          if (value === NO) return NO;
          if (out) out[i] = value;
          else if (value !== current) {
            out = input.slice(0, i);
            out[i] = value;
          }
        }
        return out ?? input;
      };
    }
    case 'strict_object':
      if (!piece.entries) throw new Unsupported('strict_object');
      return strictObject(piece.entries, ctx);
    case 'variant':
      if (piece.key === undefined || !piece.options) throw new Unsupported('variant');
      return variant(piece.key, piece.options as readonly Piece[], ctx);
    default:
      throw new Unsupported(piece.type);
  }
}

function reader(piece: Piece, ctx: Context): Reader {
  // A fallback replaces invalid input with a value: not a yes-or-give-up answer.
  if (piece.fallback !== undefined) throw new Unsupported('fallback');
  if (!piece.pipe) return base(piece, ctx);
  const [first, ...rest] = piece.pipe;
  if (!first) throw new Unsupported('empty pipe');
  const read = reader(first, ctx);
  const checks = rest.map(action).filter((c): c is Check => c !== null);
  const n = checks.length;
  return (input) => {
    const value = read(input);
    if (value === NO) return NO;
    for (let i = 0; i < n; i++) if (!(checks[i] as Check)(value)) return NO;
    return value;
  };
}

export type FastParse<T> = (input: unknown) => { output: T } | null;

/**
 * Compiles `schema`; the result gives `{ output }` exactly when valibot would succeed with that
 * output (equal to it; with `reuse`, made of the input's own objects where they already match),
 * or null (not plainly valid, or a schema piece not understood here).
 */
export function compileFastSchema<T>(
  schema: v.GenericSchema<unknown, T>,
  options: { reuse?: boolean } = {},
): FastParse<T> {
  let read: Reader;
  try {
    read = reader(schema as unknown as Piece, { reuse: options.reuse === true });
  } catch (error) {
    if (error instanceof Unsupported) return () => null;
    throw error;
  }
  return (input) => {
    const output = read(input);
    return output === NO ? null : { output: output as T };
  };
}
