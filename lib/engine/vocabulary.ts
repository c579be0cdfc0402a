import { foldCode } from './chars';
import { translitWord } from './fold';
import { hashString } from './hash';

/**
 * Every folded word that occurs in any compiled phrase, with a numeric id. Phrases become
 * sequences of ids; the text's words are looked up here once each, by the hash the tokenizer
 * computed while scanning, and verified against the original characters without building a
 * string.
 */
export class Vocabulary {
  readonly words: string[] = [];
  private readonly byFolded = new Map<string, number>();
  private readonly reduced: string[] = [];
  /** hash → first word id with that hash; `nextFolded[id]` chains the others. */
  private readonly foldedHead = new Map<number, number>();
  private readonly nextFolded: number[] = [];
  private readonly translitHead = new Map<number, number>();
  /** One bit per 16-bit hash slice: most words are in no rule and stop here, before any Map. */
  private readonly foldedBits = new Uint8Array(8192);
  private readonly translitBits = new Uint8Array(8192);
  private readonly nextTranslit: number[] = [];

  /** Id of a folded word, adding it when new. */
  intern(folded: string): number {
    const known = this.byFolded.get(folded);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(folded);
    this.byFolded.set(folded, id);
    const h = hashString(folded);
    this.nextFolded.push(this.foldedHead.get(h) ?? -1);
    this.foldedHead.set(h, id);
    const fi = (h & 0xffff) >>> 3;
    this.foldedBits[fi] = (this.foldedBits[fi] as number) | (1 << (h & 7));
    const reduced = translitWord(folded);
    this.reduced.push(reduced);
    const t = hashString(reduced);
    this.nextTranslit.push(this.translitHead.get(t) ?? -1);
    this.translitHead.set(t, id);
    const ti = (t & 0xffff) >>> 3;
    this.translitBits[ti] = (this.translitBits[ti] as number) | (1 << (t & 7));
    return id;
  }

  /** Id of a folded word given as a string, or -1. */
  lookupFolded(folded: string): number {
    return this.byFolded.get(folded) ?? -1;
  }

  /** Id of the word text[start, end) with folded hash `hash`, or -1. */
  findFolded(text: string, start: number, end: number, hash: number): number {
    if (!(((this.foldedBits[(hash & 0xffff) >>> 3] as number) >>> (hash & 7)) & 1)) return -1;
    for (let id = this.foldedHead.get(hash) ?? -1; id >= 0; id = this.nextFolded[id] as number) {
      if (sameFolded(text, start, end, this.words[id] as string)) return id;
    }
    return -1;
  }

  /** Id of the word text[start, end) read as translit (sheit → seit), or -1. */
  findTranslitWord(text: string, start: number, end: number): number {
    const reduced = translitWord(foldedOf(text, start, end));
    const hash = hashString(reduced);
    if (!(((this.translitBits[(hash & 0xffff) >>> 3] as number) >>> (hash & 7)) & 1)) return -1;
    for (
      let id = this.translitHead.get(hash) ?? -1;
      id >= 0;
      id = this.nextTranslit[id] as number
    ) {
      if (reduced === this.reduced[id]) return id;
    }
    return -1;
  }
}

function foldedOf(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

function sameFolded(text: string, start: number, end: number, word: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === 0) continue;
    if (k >= word.length || word.charCodeAt(k) !== f) return false;
    k++;
  }
  return k === word.length;
}
