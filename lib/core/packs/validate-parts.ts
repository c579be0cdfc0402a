import * as v from 'valibot';
import type { ChecklistItem, LibraryPhrase, Rule } from '../model/pack';
import type { RuleOverride } from './overrides';
import { issueToProblem } from './issue-text';
import { readDocument } from './prescan';
import type { PackProblem } from './problems';
import { checklistItemSchema, libraryPhraseSchema, ruleOverrideSchema, ruleSchema } from './schema';

/** Validation of single pieces an agent edits (a personal rule, checklist item, phrase). */

export type PartResult<T> = { ok: true; value: T } | { ok: false; errors: PackProblem[] };

function validatePart<T>(schema: v.GenericSchema<unknown, T>, input: unknown): PartResult<T> {
  // Parts arrive as values from the UI; a string here is a value, not JSON text to parse.
  const read = readDocument(typeof input === 'string' ? JSON.stringify(input) : input);
  if (!read.ok) return read;
  const parsed = v.safeParse(schema, read.value, { abortEarly: false });
  return parsed.success
    ? { ok: true, value: parsed.output }
    : { ok: false, errors: parsed.issues.map(issueToProblem) };
}

export function validateRule(input: unknown): PartResult<Rule> {
  return validatePart<Rule>(ruleSchema, input);
}

export function validateChecklistItem(input: unknown): PartResult<ChecklistItem> {
  return validatePart<ChecklistItem>(checklistItemSchema, input);
}

export function validateLibraryPhrase(input: unknown): PartResult<LibraryPhrase> {
  return validatePart<LibraryPhrase>(libraryPhraseSchema, input);
}

export function validateRuleOverride(input: unknown): PartResult<RuleOverride> {
  return validatePart<RuleOverride>(ruleOverrideSchema, input);
}
