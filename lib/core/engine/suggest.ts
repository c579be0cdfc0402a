import type { Rule } from '../model/pack';
import { compileTemplate, fillParts, type TemplateParts } from './template';
import type { Finding } from '../model/finding';
import { localized, type Language } from '../model/text';

/** A rule's replacement template, split once at compile time. */
export interface Replacement {
  parts: TemplateParts;
  /** The template starts with a placeholder: its filled text keeps the value's own case. */
  braced: boolean;
}

export function compileReplacements(rule: Rule): Replacement[] {
  return rule.replacements.map((t) => ({ parts: compileTemplate(t), braced: t.startsWith('{') }));
}

/** A rule's advice in each locale, resolved once: [lv, en], or null without advice. */
export function compileAdvice(rule: Rule): [string[], string[]] | null {
  if (!rule.advice || rule.advice.length === 0) return null;
  const resolve = (locale: Language): string[] =>
    (rule.advice ?? []).map((a) => (locale === 'en' ? a.en : undefined) ?? a.lv);
  return [resolve('lv'), resolve('en')];
}

export const CASE_NONE = 0;
export const CASE_UPPER = 1;
export const CASE_LOWER = 2;

function caseOfChar(first: string): number {
  if (first !== first.toLowerCase()) return CASE_UPPER;
  return first !== first.toUpperCase() ? CASE_LOWER : CASE_NONE;
}

// The case of one code unit, as toLowerCase/toUpperCase see it, tabled for the common blocks.
const TABLE_SIZE = 0x500;
const CASES = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) CASES[c] = caseOfChar(String.fromCharCode(c));

/** Case of a span's first character (upper wins for a title-case letter). */
export function caseOf(span: string): number {
  if (span.length === 0) return CASE_NONE;
  const c = span.charCodeAt(0);
  return c < TABLE_SIZE ? (CASES[c] as number) : caseOfChar(span.charAt(0));
}

/** Pronouns of polite address keep their capital even where the flagged span is lower case. */
const KEEP_CAPITAL = /^(Jūs|Jums|Jūsu|Jūsos|Jūsējais)\b/u;

/** A suggestion starts with a capital where the span does, lower case where it does not. */
function fitCase(text: string, braced: boolean, spanCase: number): string {
  if (spanCase === CASE_UPPER) return text.charAt(0).toUpperCase() + text.slice(1);
  if (spanCase === CASE_LOWER && text && !braced && !KEEP_CAPITAL.test(text))
    return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/**
 * A finding's reason, advice and suggestions in `language`, filled with `variables` (the
 * agent's and the customer's) and the match's own values: what the card and the sidebar show,
 * computed where the agent's values are, never in the page.
 */
export function describeFinding(
  rule: Rule,
  finding: { text: string; vars?: Record<string, string> },
  variables: Readonly<Record<string, string>>,
  language: Language,
): { message: string; suggestions: string[]; slots: Filled['slots']; advice: string[] } {
  const filled = fill(
    compileReplacements(rule),
    variables,
    finding.vars ?? null,
    caseOf(finding.text),
  );
  return {
    message: localized(rule.reason, language),
    suggestions: filled.suggestions,
    slots: filled.slots,
    advice: (rule.advice ?? []).map((advice) => localized(advice, language)),
  };
}

export interface Filled {
  suggestions: string[];
  slots: NonNullable<Finding['suggestionSlots']>;
}

/**
 * The rule's suggestions for a span: placeholders filled from the match's own values (`over`)
 * first, then the context's `variables`.
 */
export function fill(
  replacements: readonly Replacement[],
  variables: Readonly<Record<string, string>>,
  over: Readonly<Record<string, string>> | null,
  spanCase: number,
): Filled {
  const suggestions: string[] = [];
  const slots: Filled['slots'] = [];
  for (const r of replacements) {
    const filled = fillParts(r.parts, variables, over);
    suggestions.push(fitCase(filled.text, r.braced, spanCase));
    slots.push(filled.slot);
  }
  return { suggestions, slots };
}
