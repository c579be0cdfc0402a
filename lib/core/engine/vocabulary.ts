import { foldCode } from './chars';
import { translitWord } from './fold';
import { hashString } from './word-hash';
import { HashIndex } from './hash-index';

/**
 * Folded codes of the word being read are kept here (by the tokenizer) up to this length, so a
 * candidate word is verified against them without folding the text's characters again.
 */
export const KEY_SIZE = 64;
export const KEY_MASK = KEY_SIZE - 1;

/**
 * Every folded word that occurs in any compiled phrase, with a numeric id. Phrases become
 * sequences of ids; the text's words are looked up here once each, by the hash the tokenizer
 * computed while scanning, and verified against the folded codes it kept, without building a
 * string.
 */
export class Vocabulary {
  readonly words: string[] = [];
  /** W_* marks by word id (set once the vocabulary is complete). */
  marks = new Uint8Array(0);
  /** The tokenizer's folded codes of the current word (all of them when it fits). */
  readonly key = new Uint16Array(KEY_SIZE);
  private readonly byFolded = new Map<string, number>();
  private readonly reduced: string[] = [];
  private readonly folded = new HashIndex();
  private readonly translit = new HashIndex();
  /** All words' folded codes end to end: word `id` is codes[codeStart[id], codeStart[id + 1]). */
  private codes = new Uint16Array(256);
  private codeStart = new Int32Array(64);
  /** One bit per 16-bit hash slice: most words are in no rule and stop here. */
  private readonly foldedBits = new Uint8Array(8192);
  private readonly translitBits = new Uint8Array(8192);

  /** Id of a folded word, adding it when new. */
  intern(folded: string): number {
    const known = this.byFolded.get(folded);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(folded);
    this.byFolded.set(folded, id);
    this.storeCodes(id, folded);
    const h = hashString(folded);
    this.folded.add(h);
    setBit(this.foldedBits, h);
    const reduced = translitWord(folded);
    this.reduced.push(reduced);
    const t = hashString(reduced);
    this.translit.add(t);
    setBit(this.translitBits, t);
    return id;
  }

  private storeCodes(id: number, folded: string): void {
    let at = this.codeStart[id] as number;
    if (at + folded.length > this.codes.length) {
      const grown = new Uint16Array(Math.max(this.codes.length * 2, at + folded.length));
      grown.set(this.codes);
      this.codes = grown;
    }
    if (id + 2 > this.codeStart.length) {
      const grown = new Int32Array(this.codeStart.length * 2);
      grown.set(this.codeStart);
      this.codeStart = grown;
    }
    for (let i = 0; i < folded.length; i++) this.codes[at++] = folded.charCodeAt(i);
    this.codeStart[id + 1] = at;
  }

  /** Id of a folded word given as a string, or -1. */
  lookupFolded(folded: string): number {
    return this.byFolded.get(folded) ?? -1;
  }

  /**
   * Id of the word text[start, end) with folded hash `hash` and `letters` folded codes, or -1.
   * Its first KEY_SIZE folded codes are in `key`.
   */
  findFolded(text: string, start: number, end: number, hash: number, letters: number): number {
    if (!hasBit(this.foldedBits, hash)) return -1;
    const index = this.folded;
    const slots = index.slots;
    const mask = index.mask;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s + 1] as number;
      if (e === 0) return -1;
      if (slots[2 * s] !== hash) continue;
      const id = e - 1;
      if ((this.codeStart[id + 1] as number) - (this.codeStart[id] as number) !== letters) continue;
      if (letters <= KEY_SIZE ? this.sameKey(id, letters) : this.sameText(id, text, start, end))
        return id;
    }
  }

  private sameKey(id: number, letters: number): boolean {
    const codes = this.codes;
    const key = this.key;
    const base = this.codeStart[id] as number;
    for (let k = 0; k < letters; k++) if (codes[base + k] !== key[k]) return false;
    return true;
  }

  private sameText(id: number, text: string, start: number, end: number): boolean {
    const word = this.words[id] as string;
    let k = 0;
    for (let i = start; i < end; i++) {
      const f = foldCode(text.charCodeAt(i));
      if (f === 0) continue;
      if (k >= word.length || word.charCodeAt(k) !== f) return false;
      k++;
    }
    return k === word.length;
  }

  /** Id of the word text[start, end) read as translit (sheit → seit), or -1. */
  findTranslitWord(text: string, start: number, end: number): number {
    const reduced = translitWord(foldedOf(text, start, end));
    const hash = hashString(reduced);
    if (!hasBit(this.translitBits, hash)) return -1;
    const index = this.translit;
    const slots = index.slots;
    const mask = index.mask;
    let found = -1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s + 1] as number;
      if (e === 0) return found;
      const id = e - 1;
      // Words can share a reduced form (seit, sheit): the last interned wins, whatever the
      // probe order.
      if (slots[2 * s] === hash && reduced === this.reduced[id] && id > found) found = id;
    }
  }
}

function setBit(bits: Uint8Array, hash: number): void {
  const i = (hash & 0xffff) >>> 3;
  bits[i] = (bits[i] as number) | (1 << (hash & 7));
}

function hasBit(bits: Uint8Array, hash: number): boolean {
  return (((bits[(hash & 0xffff) >>> 3] as number) >>> (hash & 7)) & 1) !== 0;
}

function foldedOf(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}
