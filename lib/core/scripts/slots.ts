import { compileTemplate, fillParts, type FilledTemplate } from '../engine/template';

/** What the engine's templates accept as a `{slot}` name (engine/template.ts). */
export const SLOT_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

const BRACED = /\{[^{}\n]*\}/g;

/** The slot names of a template, in order, repeats kept. */
export function slotNames(template: string): string[] {
  const parts = compileTemplate(template);
  const names: string[] = [];
  for (let k = 1; k < parts.length; k += 2) names.push(parts[k] as string);
  return names;
}

/** `{…}` groups that are not slots (`{agent name}`, `{1}`): the agent would see the braces. */
export function malformedSlots(template: string): string[] {
  if (!template.includes('{')) return [];
  return (template.match(BRACED) ?? []).filter((g) => !SLOT_NAME_PATTERN.test(g.slice(1, -1)));
}

export type SlotValues = Readonly<Record<string, string | undefined>>;

/**
 * The own values of the sources in one record without a prototype, later sources winning, so
 * a `{constructor}` or `{toString}` slot finds nothing instead of Object.prototype's.
 */
export function slotRecord(...sources: SlotValues[]): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const source of sources) {
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (value !== undefined) out[key] = value;
    }
  }
  return out;
}

/** Fills `{slots}` from own values only; missing or blank ones become «…». */
export function fillSlots(template: string, ...sources: SlotValues[]): FilledTemplate {
  return fillParts(compileTemplate(template), slotRecord(...sources));
}
