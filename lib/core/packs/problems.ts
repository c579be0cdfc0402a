/**
 * A problem found in a pack (or backup) document: where it is and what is wrong, in Latvian and
 * English, so the options page, the CLI and team leads' tools can show it in either language.
 */
export interface PackProblem {
  /** JSON path such as `rules[3].match.phrases[0]`; `''` is the document itself. */
  path: string;
  lv: string;
  en: string;
}

export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path keys the way a person would write them in JavaScript: `rules[3].match.kind`. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(clip(key, 60))}]`;
  }
  return out;
}

/** Shortens a value quoted in a message so a hostile 10 MB string cannot flood the error list. */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

export function problem(path: string, lv: string, en: string): PackProblem {
  return { path, lv, en };
}

/** Shown to people when a path is the document itself. */
export function displayPath(path: string): string {
  return path === '' ? '(document)' : path;
}
