import { formatPath, problem, type PackProblem, type PathKey } from './problems';
import { badChar, badCharText } from './text-policy';

/**
 * Warnings for invisible or reordering characters in the pack's other texts (name, reasons,
 * advice, checklist texts, examples): shown, never inserted, so a warning and not a refusal.
 * Phrases, replacements and library phrases are refused by the schema instead, so they are
 * skipped here. One walk with a key stack; a path is built only for a warning.
 */

/** Fields whose strings the schema refuses (schema-parts `cleanChars`). */
const REFUSED = new Set([
  'phrases',
  'first',
  'second',
  'standalone',
  'exempt',
  'words',
  'greetings',
  'expected',
  'after',
  'notFollowedBy',
  'notPrecededBy',
  'exclude',
  'sentenceWith',
  'sentenceWithout',
  'replacements',
]);

export function characterWarnings(doc: unknown, max: number): PackProblem[] {
  const warnings: PackProblem[] = [];
  const keys: PathKey[] = [];
  const refused = (): boolean => {
    // The nearest field name above a string decides; a library phrase's text and abbreviation too.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (typeof key !== 'string') continue;
      if (REFUSED.has(key)) return true;
      return keys[0] === 'phrases' && (key === 'text' || key === 'abbreviation');
    }
    return false;
  };
  const walk = (value: unknown): void => {
    if (warnings.length >= max) return;
    if (typeof value === 'string') {
      const found = badChar(value, true);
      if (found && !refused()) {
        const t = badCharText(found);
        warnings.push(problem(formatPath(keys), t.lv, t.en));
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        walk(value[i]);
        keys.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const name of Object.keys(record)) {
        keys.push(name);
        walk(record[name]);
        keys.pop();
      }
    }
  };
  walk(doc);
  return warnings;
}
