import { EMPTY_SLOT, type SlotRange } from '../model/slots';

export interface FilledTemplate {
  text: string;
  /** The first empty slot, for the UI to select after inserting; null when all were filled. */
  slot: SlotRange | null;
}

/**
 * A template split once into literal text and placeholder names, alternating:
 * [text, name, text, name, …, text]. A template without placeholders is one literal.
 */
export type TemplateParts = readonly string[];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function compileTemplate(template: string): TemplateParts {
  if (!template.includes('{')) return [template];
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1] ?? '');
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

type Values = Readonly<Record<string, string | undefined>>;

/**
 * A record's own string value for `name`, trimmed; '' otherwise. Never an inherited member
 * (`{constructor}`, `{toString}`), and never a throw: a slot that cannot be read stays empty.
 */
function own(values: Values, name: string): string {
  try {
    const value: unknown = Object.hasOwn(values, name) ? values[name] : undefined;
    return typeof value === 'string' ? value.trim() : '';
  } catch {
    return '';
  }
}

/**
 * Fills compiled placeholders from `over` (when it has the name) or else `variables`, as if from
 * `{ ...variables, ...over }`; missing or blank values become «…».
 */
export function fillParts(
  parts: TemplateParts,
  variables: Values,
  over: Values | null = null,
): FilledTemplate {
  let text = parts[0] as string;
  let slot: SlotRange | null = null;
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k] as string;
    const value =
      over !== null && Object.hasOwn(over, name) ? own(over, name) : own(variables, name);
    if (value) text += value;
    else {
      if (!slot) slot = { start: text.length, end: text.length + EMPTY_SLOT.length };
      text += EMPTY_SLOT;
    }
    text += parts[k + 1] as string;
  }
  return { text, slot };
}

/** Fills `{name}` placeholders from `variables`; missing or blank values become «…». */
export function fillTemplate(
  template: string,
  variables: Readonly<Record<string, string | undefined>> = {},
): FilledTemplate {
  return fillParts(compileTemplate(template), variables);
}
