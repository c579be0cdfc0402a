const BLOCK = 256;

/** Length of the common prefix of two strings (block-wise compare, then char by char). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.substr(i, BLOCK) === b.substr(i, BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, not reaching into the first `floor` characters of either. */
export function commonSuffix(a: string, b: string, floor: number): number {
  const n = Math.min(a.length, b.length) - floor;
  let k = 0;
  while (
    k + BLOCK <= n &&
    a.substr(a.length - k - BLOCK, BLOCK) === b.substr(b.length - k - BLOCK, BLOCK)
  )
    k += BLOCK;
  while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/**
 * Where a text changed between two versions, as one contiguous edit (a keystroke, a paste, a
 * replacement): `before[start, oldEnd)` became `after[start, oldEnd + delta)`.
 */
export interface TextEdit {
  start: number;
  oldEnd: number;
  delta: number;
}

export function textEdit(before: string, after: string): TextEdit {
  const start = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, start);
  return { start, oldEnd: before.length - suffix, delta: after.length - before.length };
}
