import { VARIABLE_NAMES } from '../model/pack';

/**
 * The `{names}` a pack's templates may use. Anything else is a typo the agent would see as «…»,
 * or an attempt to reach an object's inherited members (`{constructor}`).
 */

/** Slots the handbook's replacements use; the agent types over them («…»). */
export const HANDBOOK_SLOTS = [
  'action',
  'alternative',
  'reason',
  'topic',
  'deadline',
  'department',
  'condition',
  'goal',
  'explanation',
] as const;

/** Values a match provides to its rule's replacements (the kinds' `emit(…, {…})`). */
export const MATCH_VALUES = [
  'matchVocative',
  'verbInfinitive',
  'verbConditional',
  'matchLower',
  'mark',
  'expected',
  'imperative',
] as const;

/** Checklist and library texts: the variables and the handbook's slots. */
export const TEXT_PLACEHOLDERS: ReadonlySet<string> = new Set([
  ...VARIABLE_NAMES,
  ...HANDBOOK_SLOTS,
]);

/** Replacements: also what the match provides. */
export const REPLACEMENT_PLACEHOLDERS: ReadonlySet<string> = new Set([
  ...TEXT_PLACEHOLDERS,
  ...MATCH_VALUES,
]);

/** The same syntax the engine fills (engine/template.ts). */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The placeholder names of `template` that are not in `known`, each once. */
export function unknownPlaceholders(template: string, known: ReadonlySet<string>): string[] {
  if (!template.includes('{')) return [];
  const out: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!known.has(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
