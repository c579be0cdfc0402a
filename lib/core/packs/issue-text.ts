import type * as v from 'valibot';
import { clip, formatPath, type PackProblem, type PathKey } from './problems';

/**
 * Turns valibot issues into bilingual problems. Schemas that know better (ids, versions, unknown
 * fields, match kinds) encode a Latvian + English message with `bi()`; every other issue gets a
 * generic sentence from its type and requirement.
 */

const MARK = '\u0001';

/** Encodes a bilingual message into valibot's single message string. */
export function bi(lv: string, en: string): string {
  return `${MARK}${lv}${MARK}${en}`;
}

function decodeBi(message: string): { lv: string; en: string } | null {
  if (!message.startsWith(MARK)) return null;
  const cut = message.indexOf(MARK, 1);
  if (cut < 0) return null;
  return { lv: message.slice(1, cut), en: message.slice(cut + 1) };
}

/** `"a" | "b"` → `a, b`. */
function listExpected(expected: string | null): string {
  return (expected ?? '')
    .split('|')
    .map((s) => s.trim().replace(/^"(.*)"$/, '$1'))
    .join(', ');
}

function got(issue: v.BaseIssue<unknown>): { lv: string; en: string } {
  const received = issue.received ? clip(issue.received, 40) : '';
  return received ? { lv: ` (ir: ${received})`, en: ` (got: ${received})` } : { lv: '', en: '' };
}

function genericText(issue: v.BaseIssue<unknown>): { lv: string; en: string } {
  const r = got(issue);
  const req = typeof issue.requirement === 'number' ? issue.requirement : NaN;
  const isText = typeof issue.input === 'string';
  switch (issue.type) {
    case 'string':
      return { lv: `Jābūt tekstam${r.lv}.`, en: `Must be a text string${r.en}.` };
    case 'number':
      return { lv: `Jābūt skaitlim${r.lv}.`, en: `Must be a number${r.en}.` };
    case 'boolean':
      return { lv: `Jābūt true vai false${r.lv}.`, en: `Must be true or false${r.en}.` };
    case 'array':
      return { lv: `Jābūt sarakstam [ … ]${r.lv}.`, en: `Must be a list [ … ]${r.en}.` };
    case 'object':
    case 'strict_object':
      return { lv: `Jābūt objektam { … }${r.lv}.`, en: `Must be an object { … }${r.en}.` };
    case 'literal':
      return {
        lv: `Jābūt tieši ${issue.expected ?? ''}${r.lv}.`,
        en: `Must be exactly ${issue.expected ?? ''}${r.en}.`,
      };
    case 'picklist':
      return {
        lv: `Jābūt vienam no: ${listExpected(issue.expected)}${r.lv}.`,
        en: `Must be one of: ${listExpected(issue.expected)}${r.en}.`,
      };
    case 'min_length':
      return isText
        ? { lv: `Jābūt vismaz ${req} rakstzīmēm.`, en: `Must be at least ${req} characters long.` }
        : { lv: `Jābūt vismaz ${req} elementiem.`, en: `Must have at least ${req} items.` };
    case 'max_length':
      return isText
        ? {
            lv: `Teksts ir par garu (ne vairāk kā ${req} rakstzīmes).`,
            en: `Too long (at most ${req} characters).`,
          }
        : {
            lv: `Par daudz elementu (ne vairāk kā ${req}).`,
            en: `Too many items (at most ${req}).`,
          };
    case 'integer':
      return { lv: `Jābūt veselam skaitlim${r.lv}.`, en: `Must be a whole number${r.en}.` };
    case 'min_value':
      return {
        lv: `Jābūt vismaz ${String(issue.requirement)}${r.lv}.`,
        en: `Must be at least ${String(issue.requirement)}${r.en}.`,
      };
    case 'max_value':
      return {
        lv: `Jābūt ne vairāk kā ${String(issue.requirement)}${r.lv}.`,
        en: `Must be at most ${String(issue.requirement)}${r.en}.`,
      };
    default:
      return { lv: `Nederīga vērtība${r.lv}.`, en: `${issue.message}` };
  }
}

function pathKeys(issue: v.BaseIssue<unknown>): PathKey[] {
  const keys: PathKey[] = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'string' || typeof key === 'number') keys.push(key);
  }
  return keys;
}

export function issueToProblem(issue: v.BaseIssue<unknown>): PackProblem {
  const text = decodeBi(issue.message) ?? genericText(issue);
  return { path: formatPath(pathKeys(issue)), lv: text.lv, en: text.en };
}
