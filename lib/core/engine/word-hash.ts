/**
 * FNV-1a over folded code units, kept within 30 bits so V8 stores it as a small integer.
 * The tokenizer computes it while scanning, so a word that is in no rule is rejected without
 * ever building its folded string.
 */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function hashFinish(hash: number): number {
  return hash & 0x3fffffff;
}

export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return hashFinish(h);
}
