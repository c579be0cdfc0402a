import { charClass, DIGIT, foldCode, LETTER, MARK } from '../engine/chars';

/**
 * Words as the engine reads them, for choosing the rules a pack's examples can see
 * (example-scope.ts): the tokenizer's cut, and a hash of a word's translit-reduced form computed
 * without building a string, because it runs over every phrase of a 10,000-rule pack. Each
 * mirrors a piece of lib/core/engine; tests/unit/core/packs/example-scope.test.ts compares them.
 */

const WORD = LETTER | DIGIT;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Calls `visit(start, end)` for every word: a run of letters and digits, marks inside. */
export function eachWordRange(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(charClass(text.charCodeAt(i)) & WORD)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n && charClass(text.charCodeAt(i)) & (WORD | MARK)) i++;
    visit(start, i);
  }
}

/** A phrase as `parsePhrase` reads it: NFC, which changes no text without a unit ≥ U+0300. */
export function normalizedPhrase(phrase: string): string {
  return MAY_CHANGE_IN_NFC.test(phrase) ? phrase.normalize('NFC') : phrase;
}
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;

/** 32-bit FNV-1a of the code units. */
export function hashOf(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const A = 0x61;
const C = 0x63;
const E = 0x65;
const G = 0x67;
const H = 0x68;
const I = 0x69;
const J = 0x6a;
const K = 0x6b;
const L = 0x6c;
const N = 0x6e;
const O = 0x6f;
const S = 0x73;
const U = 0x75;
const Z = 0x7a;

/**
 * `hashOf(translitWord(foldRange(text, start, end)))`: folds each code unit and drops what
 * `translitWord` drops (h after s/c/z, j after k/g/l/n, a vowel repeated) on the way.
 */
export function reducedHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  let prev = 0;
  for (let i = start; i < end; i++) {
    const c = foldCode(text.charCodeAt(i));
    if (c === 0) continue;
    if (c === H && (prev === S || prev === C || prev === Z)) continue;
    if (c === J && (prev === K || prev === G || prev === L || prev === N)) continue;
    if (c === prev && (c === A || c === E || c === I || c === O || c === U)) continue;
    h = Math.imul(h ^ c, FNV_PRIME);
    prev = c;
  }
  return h >>> 0;
}
