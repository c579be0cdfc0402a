import { IntList } from './int-list';

/** Word tokens of one sentence, as parallel typed arrays reused between checks. */

/** The token is inside quotation marks or on a customer's transcript line. */
export const T_QUOTED = 1;
/** At least one upper-case letter. */
export const T_HAS_UPPER = 2;
/** At least one lower-case letter. */
export const T_HAS_LOWER = 4;
export const T_FIRST_UPPER = 8;
export const T_DIGIT = 16;
export const T_LV_DIACRITIC = 32;
export const T_CYRILLIC = 64;
/** A comma stands between the previous token and this one. */
export const T_COMMA_BEFORE = 128;
/** A colon stands between the previous token and this one. */
export const T_COLON_BEFORE = 256;
/** Sentence punctuation (.!?) stands between the previous token and this one. */
export const T_STOP_BEFORE = 512;
/** The folded word ends in -iet. */
export const T_TAIL_IET = 1024;
/** The folded word ends in -ies (maybe -ieties). */
export const T_TAIL_IES = 2048;
/**
 * Not prose: the word is glued to another by «.», «@», «/», «\\», «_», «=» or «#» (a URL, an
 * e-mail address, a file or code name) or follows «/», «@», «#», «--». No rule looks at it.
 */
export const T_CODE = 4096;
/** Letter count is stored from this bit up. */
export const T_LETTERS_SHIFT = 13;

export class TokenBuffer {
  count = 0;
  start: Int32Array<ArrayBuffer> = new Int32Array(64);
  end: Int32Array<ArrayBuffer> = new Int32Array(64);
  /** Vocabulary id, or -1 when the word is in no rule. */
  word: Int32Array<ArrayBuffer> = new Int32Array(64);
  flags: Int32Array<ArrayBuffer> = new Int32Array(64);
  /** [start, end) pairs of «!!», «?!» … runs. */
  bangRuns = new IntList(4);
  /** The sentence's last punctuation is a question mark. */
  question = false;
  /** Words written entirely in capitals. */
  capsWords = 0;
  /** Words ending in -iet / -ies (imperative candidates). */
  tailWords = 0;
  /** Language statistics, counted as words are read: Latvian (a marked word or diacritic). */
  latvian = 0;
  english = 0;
  cyrillic = 0;
  /** Words with a lower-case letter; words with upper-case letters only. */
  lowerWords = 0;
  upperWords = 0;
  /** Reporting verbs («teica»): only then is reported speech looked for. */
  reporting = 0;

  reset(): void {
    this.count = 0;
    this.bangRuns.clear();
    this.question = false;
    this.capsWords = 0;
    this.tailWords = 0;
    this.latvian = 0;
    this.english = 0;
    this.cyrillic = 0;
    this.lowerWords = 0;
    this.upperWords = 0;
    this.reporting = 0;
  }

  push(start: number, end: number, word: number, flags: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.word[i] = word;
    this.flags[i] = flags;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start);
    this.end = copy(this.end);
    this.word = copy(this.word);
    this.flags = copy(this.flags);
  }

  letters(i: number): number {
    return (this.flags[i] as number) >>> T_LETTERS_SHIFT;
  }
}
