import { firstTooDeep } from './depth-scan';
import { PACK_LIMITS, type PackLimits } from './limits';
import { clip, formatPath, problem, type PackProblem, type PathKey } from './problems';

/**
 * The cheap first gate: parse the text (if any) and walk the value once with an explicit stack,
 * refusing anything too big, too deep, not plain JSON, or carrying prototype-pollution keys.
 * Only a document that passes reaches the schema, whose cost grows with the document.
 */

/** `syntax`: the text is not JSON at all (rather than too big or too deep). */
export type ReadResult =
  { ok: true; value: unknown } | { ok: false; errors: PackProblem[]; syntax?: true };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Exact UTF-8 size only when the cheap bounds cannot decide. */
function utf8Bytes(text: string, limit: number): number {
  if (text.length > limit) return text.length; // already too big: bytes ≥ UTF-16 units
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

function tooBig(bytes: number, limit: number): PackProblem {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return problem(
    '',
    `Dokuments ir par lielu (${mb(bytes)} MB); lielākais atļautais ir ${mb(limit)} MB.`,
    `The document is too large (${mb(bytes)} MB); the maximum is ${mb(limit)} MB.`,
  );
}

export function tooDeep(path: string, maxDepth: number, at = ''): PackProblem {
  return problem(
    path,
    `Dokuments ir ligzdots pārāk dziļi (vairāk nekā ${maxDepth} līmeņi)${at && ` ${at}. rakstzīmē`}.`,
    `The document is nested too deeply (more than ${maxDepth} levels)${at && ` at character ${at}`}.`,
  );
}

/**
 * Parses JSON text within the size and depth limits; errors are bilingual problems, never
 * exceptions. A leading byte order mark (editors on Windows write one) is skipped.
 */
export function parseJsonText(input: string, limits: PackLimits = PACK_LIMITS): ReadResult {
  // Size first, from the length alone: reading even one character of a text read from a file
  // makes V8 flatten it, a copy of a 50 MB document refused anyway.
  const bytes = utf8Bytes(input, limits.maxDocumentBytes);
  if (bytes > limits.maxDocumentBytes)
    return { ok: false, errors: [tooBig(bytes, limits.maxDocumentBytes)] };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const deep = firstTooDeep(text, limits.maxDepth);
  if (deep >= 0) return { ok: false, errors: [tooDeep('', limits.maxDepth, String(deep + 1))] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = clip(error instanceof Error ? error.message : String(error), 160);
    return {
      ok: false,
      syntax: true,
      errors: [problem('', `Tas nav derīgs JSON: ${detail}`, `This is not valid JSON: ${detail}`)],
    };
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * One depth-first walk in document order. Recursive, with the keys of the current path on one
 * shared stack: no object per value (a 10,000-rule pack has ~200,000 values), and the path is
 * formatted only for the problem that stops the walk. The recursion is at most `maxDepth` deep.
 */
class Walk {
  private readonly keys: PathKey[] = [];
  private nodes = 0;
  private bytes = 0;

  constructor(private readonly limits: PackLimits) {}

  private path(last?: PathKey): string {
    return formatPath(last === undefined ? this.keys : [...this.keys, last]);
  }

  /** The first problem at or below `value`, or null. */
  value(value: unknown, depth: number): PackProblem | null {
    const limits = this.limits;
    if (++this.nodes > limits.maxNodes) {
      return problem(
        '',
        `Dokumentā ir par daudz vērtību (vairāk nekā ${limits.maxNodes}).`,
        `The document has too many values (more than ${limits.maxNodes}).`,
      );
    }
    this.bytes += 8;
    if (value === null || typeof value === 'boolean') return this.size();
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return this.size();
      return problem(this.path(), 'Skaitlim jābūt galīgam.', 'A number must be finite.');
    }
    if (typeof value === 'string') {
      this.bytes += value.length;
      if (value.length <= limits.maxAnyStringLength) return this.size();
      return problem(
        this.path(),
        `Teksts ir par garu (${value.length} rakstzīmes; ne vairāk kā ${limits.maxAnyStringLength}).`,
        `The text is too long (${value.length} characters; at most ${limits.maxAnyStringLength}).`,
      );
    }
    if (typeof value !== 'object') {
      return problem(this.path(), 'Tā nav JSON vērtība.', 'This is not a JSON value.');
    }
    if (depth >= limits.maxDepth) return tooDeep(this.path(), limits.maxDepth);
    return Array.isArray(value) ? this.array(value, depth + 1) : this.object(value, depth + 1);
  }

  private size(): PackProblem | null {
    const max = this.limits.maxDocumentBytes;
    return this.bytes > max ? tooBig(this.bytes, max) : null;
  }

  private array(list: unknown[], depth: number): PackProblem | null {
    const max = this.limits.maxArrayLength;
    if (list.length > max) {
      return problem(
        this.path(),
        `Sarakstā ir par daudz elementu (${list.length}; ne vairāk kā ${max}).`,
        `The list has too many items (${list.length}; at most ${max}).`,
      );
    }
    const found = this.size();
    if (found) return found;
    const keys = this.keys;
    for (let i = 0; i < list.length; i++) {
      keys.push(i);
      const below = this.value(list[i], depth);
      keys.pop();
      if (below) return below;
    }
    return null;
  }

  private object(value: object, depth: number): PackProblem | null {
    if (!isPlainObject(value)) {
      return problem(this.path(), 'Tā nav JSON vērtība.', 'This is not a JSON value.');
    }
    const names = Object.keys(value);
    const max = this.limits.maxKeysPerObject;
    if (names.length > max) {
      return problem(
        this.path(),
        `Objektā ir par daudz lauku (${names.length}; ne vairāk kā ${max}).`,
        `The object has too many fields (${names.length}; at most ${max}).`,
      );
    }
    // Field names are counted, and refused, last to first: the order the earlier walk used, so
    // a document with two bad names still reports the same one.
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i] as string;
      this.bytes += name.length;
      if (FORBIDDEN_KEYS.has(name)) {
        return problem(
          this.path(name),
          `Lauka nosaukums «${name}» nav atļauts.`,
          `The field name "${name}" is not allowed.`,
        );
      }
    }
    const found = this.size();
    if (found) return found;
    const record = value as Record<string, unknown>;
    const keys = this.keys;
    for (const name of names) {
      keys.push(name);
      const below = this.value(record[name], depth);
      keys.pop();
      if (below) return below;
    }
    return null;
  }
}

/**
 * Walks a parsed value. Stops at the first problem: a document this broken is refused as a whole,
 * and continuing would spend exactly the effort the limits are there to avoid.
 */
export function prescanValue(root: unknown, limits: PackLimits = PACK_LIMITS): PackProblem[] {
  try {
    const found = new Walk(limits).value(root, 0);
    return found ? [found] : [];
  } catch (error) {
    // Getters or proxies in a value handed over by code (not JSON text) may throw.
    const detail = clip(error instanceof Error ? error.message : String(error), 160);
    return [problem('', `Vērtību nevar nolasīt: ${detail}`, `The value cannot be read: ${detail}`)];
  }
}

/** Text → parsed and prescanned value; a value → prescanned. */
export function readDocument(input: unknown, limits: PackLimits = PACK_LIMITS): ReadResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input, limits);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  const errors = prescanValue(value, limits);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
