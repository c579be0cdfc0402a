import { charClass, foldCode, LETTER, LOWER, DIGIT, UPPER } from './chars';
import { foldRange, foldString } from './fold';
import { CUSTOMER_LINE, QUOTED_LINE, STEP_LINE } from './quotes';

/**
 * Splits a text into sentences in one pass over char codes. A sentence ends at a line break or
 * after «.», «!», «?», «…» (with any closing quotes), except a full stop inside a number, after
 * an initial or a common abbreviation, or before a lower-case word (dates: «3. martā»).
 * Segmentation resumes from any sentence start given its entry state, which is what lets the
 * incremental session re-scan only around an edit.
 */
export interface Segment {
  start: number;
  end: number;
  /** Quotation/line state at `start`. */
  state: number;
  /** The sentence is an e-mail history header («… rakstīja:», "… wrote:"). */
  header: boolean;
  /** Where scanning continues, and with which state. */
  next: number;
  nextState: number;
}

const ABBREVIATIONS = new Set([
  'piem',
  'utt',
  'u',
  'c',
  't',
  'i',
  'sk',
  'nr',
  'talr',
  'tel',
  'g',
  'st',
  'pl',
  'plkst',
  'apt',
  'tml',
  'v',
  'kgs',
  'kdz',
  'iel',
  'lpp',
  'sept',
  'okt',
  'nov',
  'dec',
  'jan',
  'feb',
  'aug',
  'etc',
  'eg',
  'ie',
  'mr',
  'mrs',
  'dr',
  'prof',
  'sia',
  'as',
  'vsk',
  'resp',
  'sal',
  'angl',
  'lat',
  'pers',
  'k',
  'dz',
  'min',
  'sek',
  'gab',
  'ml',
]);
const HEADER_WORDS = new Set(['rakstija', 'wrote', 'pisal', 'napisal']);
const SPEAKER_WORDS = new Set([
  'klients',
  'kliente',
  'klientam',
  'klientei',
  'customer',
  'client',
  'k',
]);
/** Folded first letters of the speaker words. */
const SPEAKER_FIRST = [...new Set([...SPEAKER_WORDS].map((w) => w.charCodeAt(0)))];

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x202f;
}

export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

export function isCloser(code: number): boolean {
  return (
    code === 0xbb ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d
  );
}

/** How far into a line `lineState` may look. */
export const LINE_WINDOW = 48;

/** State for a line beginning at `pos`: `>` history lines and «Klients:» transcript lines. */
export function lineState(text: string, pos: number): number {
  let i = pos;
  // Reads at most LINE_WINDOW characters, so an edit further into the line cannot change it.
  const n = Math.min(text.length, pos + LINE_WINDOW);
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 0x3e) return QUOTED_LINE;
  if (i < n && isStepMarker(text, i, n)) return STEP_LINE;
  // Most lines cannot start with a speaker word: its first letter tells.
  if (i < n && !SPEAKER_FIRST.includes(foldCode(text.charCodeAt(i)))) return 0;
  const wordStart = i;
  while (i < n && i - wordStart <= 12 && charClass(text.charCodeAt(i)) & LETTER) i++;
  if (i === wordStart) return 0;
  const wordEnd = i;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (
    i < n &&
    text.charCodeAt(i) === 0x3a &&
    SPEAKER_WORDS.has(foldRange(text, wordStart, wordEnd))
  ) {
    return CUSTOMER_LINE;
  }
  return 0;
}

/** Bullets that open a list item when a space follows: - – — • * · ▪ */
function isBullet(c: number): boolean {
  return (
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2022 ||
    c === 0x2a ||
    c === 0xb7 ||
    c === 0x25aa
  );
}

/**
 * Does a list item start at `i`: a bullet, or up to two digits or one letter followed by «.» or
 * «)», then a space («- Uzgaidiet», «2. Nosūtiet», «b) Izvēlieties»)?
 */
function isStepMarker(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  if (isBullet(c)) return i + 1 < n && isSpace(text.charCodeAt(i + 1));
  let j = i;
  const cls = charClass(c);
  if (cls & DIGIT) {
    j++;
    if (j < n && charClass(text.charCodeAt(j)) & DIGIT) j++;
  } else if (cls & LETTER) j++;
  else return false;
  if (j + 1 >= n) return false;
  const mark = text.charCodeAt(j);
  if (mark !== 0x29 && (mark !== 0x2e || !(cls & DIGIT))) return false;
  return isSpace(text.charCodeAt(j + 1));
}

/** Start of the word (letters and digits) that ends at `pos`, not before `floor`. */
function wordStart(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && charClass(text.charCodeAt(i - 1)) & (LETTER | DIGIT)) i--;
  return i;
}

function isWordChar(text: string, i: number): boolean {
  return (charClass(text.charCodeAt(i)) & (LETTER | DIGIT)) !== 0;
}

/** Sign-off lines (folded, spaces as written) after which an e-mail has only its signature. */
const SIGN_OFFS = new Set([
  'ar cienu',
  'ar labiem velejumiem',
  'ar sveicieniem',
  'ciena',
  'best regards',
  'kind regards',
  'regards',
]);
const LONGEST_SIGN_OFF = 24;

/** Is the sentence [start, end), which ends its line, only a sign-off («Ar cieņu,»)? */
function isSignOff(text: string, start: number, end: number): boolean {
  let e = end;
  if (e > start && text.charCodeAt(e - 1) === 0x2c) e--;
  if (e - start > LONGEST_SIGN_OFF || e - start < 5) return false;
  return SIGN_OFFS.has(foldString(text.slice(start, e)).replace(/\s+/gu, ' '));
}

/**
 * Does the sentence [start, end), which ends its line, start what is not the agent's own text:
 * e-mail history («… rakstīja:», "… wrote:") or the signature after a sign-off line?
 */
export function isHeader(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (text.charCodeAt(end - 1) !== 0x3a) return isSignOff(text, start, end);
  const we = end - 1;
  const ws = wordStart(text, we, start);
  return we - ws >= 5 && HEADER_WORDS.has(foldRange(text, ws, we));
}

/** Is a run of full stops ending at `runEnd` (after closers at `after`) the end of a sentence? */
export function stopEndsSentence(
  text: string,
  runStart: number,
  runEnd: number,
  after: number,
  floor: number,
): boolean {
  const n = text.length;
  if (after < n) {
    const cls = charClass(text.charCodeAt(after));
    if (cls & (LETTER | DIGIT)) return false; // 3.5, www.lv, u.c.
  }
  let j = after;
  while (j < n && isSpace(text.charCodeAt(j))) j++;
  if (j >= n || text.charCodeAt(j) === 0x0a) return true;
  const nextCls = charClass(text.charCodeAt(j));
  const ellipsis = runEnd - runStart > 1 || text.charCodeAt(runStart) === 0x2026;
  if (ellipsis) return (nextCls & UPPER) !== 0 || (nextCls & (LETTER | DIGIT)) === 0;
  if (nextCls & (LOWER | DIGIT)) {
    // A lower-case word after a full stop continues the sentence only after a number or an
    // abbreviation; chat typists often start sentences in lower case.
    const we = runStart;
    const ws = wordStart(text, we, floor);
    if (we === ws) return false;
    if (charClass(text.charCodeAt(we - 1)) & DIGIT) return false;
    const word = foldRange(text, ws, we);
    if (word.length === 1 || ABBREVIATIONS.has(word)) return false;
    return true;
  }
  if (nextCls & UPPER) {
    // An initial («J. Bērziņš») is not the end of a sentence: a one-letter capital word (read
    // from its last letter; an upper-case letter is a word character).
    const last = runStart - 1;
    if (
      last >= floor &&
      charClass(text.charCodeAt(last)) & UPPER &&
      (last === floor || !isWordChar(text, last - 1))
    )
      return false;
  }
  return true;
}
