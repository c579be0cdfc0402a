/**
 * Stable content hashes: canonical JSON (object keys sorted, no whitespace) hashed with 64-bit
 * FNV-1a. Not cryptographic; it names a rule-set version so frames know when to recompile.
 */

/** Objects get their keys sorted; already-sorted objects are returned as they are (no copy). */
function sortKeys(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++)
    sorted = (keys[i - 1] as string) < (keys[i] as string);
  if (sorted) return value;
  const out: Record<string, unknown> = {};
  for (const key of keys.sort()) out[key] = (value as Record<string, unknown>)[key];
  return out;
}

/** JSON with object keys sorted and no whitespace; undefined fields are skipped. */
export function canonicalJson(value: unknown): string {
  // A native JSON.stringify with a replacer is several times faster than a hand-written walk.
  return JSON.stringify(value, sortKeys) ?? 'null';
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (two 32-bit halves, no BigInt). */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, prime 0x100000001b3 = 2^40 + 0x1b3
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // Multiply the 64-bit value (four 16-bit limbs) by the prime.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    const c1 = t1 + (t0 >>> 16);
    const c2 = t2 + (c1 >>> 16);
    h0 = t0 & 0xffff;
    h1 = c1 & 0xffff;
    h2 = c2 & 0xffff;
    h3 = (t3 + (c2 >>> 16)) & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

export function contentHash(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}
