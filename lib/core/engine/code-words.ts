import { charClass, DIGIT, LETTER, LOWER } from './chars';

/**
 * Words that are not prose: parts of URLs, e-mail addresses, file and code names
 * (mans.energija.lv, info@energija.lv, rēķins.pdf, SSL/TLS, --help). They are told by the
 * characters gluing them to the next word, read within the sentence only, so a sentence's
 * tokens still depend on nothing before its start.
 */

const DOT = 0x2e;
const COLON = 0x3a;
const SLASH = 0x2f;
const HYPHEN = 0x2d;

function isGlue(c: number): boolean {
  // @ / \ _ = #
  return c === 0x40 || c === SLASH || c === 0x5c || c === 0x5f || c === 0x3d || c === 0x23;
}

/** Does the word ending at `end` continue into a URL, address, file or code name? */
export function gluedAfter(text: string, end: number, limit: number): boolean {
  if (end + 1 >= limit) return false;
  const c = text.charCodeAt(end);
  // A full stop followed by a lower-case letter or a digit (www.lv, rēķins.pdf), never by a space.
  if (c === DOT) return (charClass(text.charCodeAt(end + 1)) & (LOWER | DIGIT)) !== 0;
  if (isGlue(c)) return (charClass(text.charCodeAt(end + 1)) & (LETTER | DIGIT)) !== 0;
  return (
    c === COLON &&
    end + 2 < limit &&
    text.charCodeAt(end + 1) === SLASH &&
    text.charCodeAt(end + 2) === SLASH
  );
}

/** Is the word at `start` led by «/», «\», «@», «#» or «--» (a path, a handle, an option)? */
export function codeBefore(text: string, start: number, floor: number): boolean {
  if (start <= floor) return false;
  const c = text.charCodeAt(start - 1);
  if (c === SLASH || c === 0x5c || c === 0x40 || c === 0x23) return true;
  return c === HYPHEN && start - 2 >= floor && text.charCodeAt(start - 2) === HYPHEN;
}
