import { PACK_LIMITS, type PackLimits } from './limits';
import { clip, formatPath, problem, type PackProblem, type PathKey } from './problems';

/**
 * The cheap first gate: parse the text (if any) and walk the value once with an explicit stack,
 * refusing anything too big, too deep, not plain JSON, or carrying prototype-pollution keys.
 * Only a document that passes reaches the schema, whose cost grows with the document.
 */

export type ReadResult = { ok: true; value: unknown } | { ok: false; errors: PackProblem[] };

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

/** Parses JSON text within the size limit; errors are bilingual problems, never exceptions. */
export function parseJsonText(text: string, limits: PackLimits = PACK_LIMITS): ReadResult {
  const bytes = utf8Bytes(text, limits.maxDocumentBytes);
  if (bytes > limits.maxDocumentBytes)
    return { ok: false, errors: [tooBig(bytes, limits.maxDocumentBytes)] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = clip(error instanceof Error ? error.message : String(error), 160);
    return {
      ok: false,
      errors: [problem('', `Tas nav derīgs JSON: ${detail}`, `This is not valid JSON: ${detail}`)],
    };
  }
}

interface Frame {
  value: unknown;
  depth: number;
  key: PathKey;
  parent: Frame | null;
}

function pathOf(frame: Frame): string {
  const keys: PathKey[] = [];
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) keys.push(f.key);
  return formatPath(keys.reverse());
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Checks one value's own shape; returns a problem or null. Pushes children onto `stack`. */
function visit(
  frame: Frame,
  stack: Frame[],
  limits: PackLimits,
  tally: { bytes: number },
): PackProblem | null {
  const { value } = frame;
  tally.bytes += 8;
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return null;
    return problem(pathOf(frame), 'Skaitlim jābūt galīgam.', 'A number must be finite.');
  }
  if (typeof value === 'string') {
    tally.bytes += value.length;
    if (value.length <= limits.maxAnyStringLength) return null;
    return problem(
      pathOf(frame),
      `Teksts ir par garu (${value.length} rakstzīmes; ne vairāk kā ${limits.maxAnyStringLength}).`,
      `The text is too long (${value.length} characters; at most ${limits.maxAnyStringLength}).`,
    );
  }
  if (typeof value !== 'object') {
    return problem(pathOf(frame), 'Tā nav JSON vērtība.', 'This is not a JSON value.');
  }
  if (frame.depth >= limits.maxDepth) {
    return problem(
      pathOf(frame),
      `Dokuments ir ligzdots pārāk dziļi (vairāk nekā ${limits.maxDepth} līmeņi).`,
      `The document is nested too deeply (more than ${limits.maxDepth} levels).`,
    );
  }
  const depth = frame.depth + 1;
  if (Array.isArray(value)) {
    if (value.length > limits.maxArrayLength) {
      return problem(
        pathOf(frame),
        `Sarakstā ir par daudz elementu (${value.length}; ne vairāk kā ${limits.maxArrayLength}).`,
        `The list has too many items (${value.length}; at most ${limits.maxArrayLength}).`,
      );
    }
    for (let i = value.length - 1; i >= 0; i--)
      stack.push({ value: value[i], depth, key: i, parent: frame });
    return null;
  }
  if (!isPlainObject(value)) {
    return problem(pathOf(frame), 'Tā nav JSON vērtība.', 'This is not a JSON value.');
  }
  const keys = Object.keys(value);
  if (keys.length > limits.maxKeysPerObject) {
    return problem(
      pathOf(frame),
      `Objektā ir par daudz lauku (${keys.length}; ne vairāk kā ${limits.maxKeysPerObject}).`,
      `The object has too many fields (${keys.length}; at most ${limits.maxKeysPerObject}).`,
    );
  }
  const record = value as Record<string, unknown>;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    tally.bytes += key.length;
    const child: Frame = { value: record[key], depth, key, parent: frame };
    if (FORBIDDEN_KEYS.has(key)) {
      return problem(
        pathOf(child),
        `Lauka nosaukums «${key}» nav atļauts.`,
        `The field name "${key}" is not allowed.`,
      );
    }
    stack.push(child);
  }
  return null;
}

/**
 * Walks a parsed value. Stops at the first problem: a document this broken is refused as a whole,
 * and continuing would spend exactly the effort the limits are there to avoid.
 */
export function prescanValue(root: unknown, limits: PackLimits = PACK_LIMITS): PackProblem[] {
  const stack: Frame[] = [{ value: root, depth: 0, key: '', parent: null }];
  const tally = { bytes: 0 };
  let nodes = 0;
  try {
    while (stack.length > 0) {
      const frame = stack.pop() as Frame;
      if (++nodes > limits.maxNodes) {
        return [
          problem(
            '',
            `Dokumentā ir par daudz vērtību (vairāk nekā ${limits.maxNodes}).`,
            `The document has too many values (more than ${limits.maxNodes}).`,
          ),
        ];
      }
      const found = visit(frame, stack, limits, tally);
      if (found) return [found];
      if (tally.bytes > limits.maxDocumentBytes)
        return [tooBig(tally.bytes, limits.maxDocumentBytes)];
    }
  } catch (error) {
    // Getters or proxies in a value handed over by code (not JSON text) may throw.
    const detail = clip(error instanceof Error ? error.message : String(error), 160);
    return [problem('', `Vērtību nevar nolasīt: ${detail}`, `The value cannot be read: ${detail}`)];
  }
  return [];
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
