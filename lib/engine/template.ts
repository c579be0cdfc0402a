import type { SlotRange } from './types';

/** What an unfilled placeholder shows: the agent sees where to type, never raw `{braces}`. */
export const EMPTY_SLOT = '…';

export interface FilledTemplate {
  text: string;
  /** The first empty slot, for the UI to select after inserting; null when all were filled. */
  slot: SlotRange | null;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Fills `{name}` placeholders from `variables`; missing or blank values become «…». */
export function fillTemplate(
  template: string,
  variables: Readonly<Record<string, string | undefined>> = {},
): FilledTemplate {
  if (!template.includes('{')) return { text: template, slot: null };
  let text = '';
  let slot: SlotRange | null = null;
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    text += template.slice(last, m.index);
    const value = variables[name]?.trim();
    if (value) text += value;
    else {
      if (!slot) slot = { start: text.length, end: text.length + EMPTY_SLOT.length };
      text += EMPTY_SLOT;
    }
    last = m.index + m[0].length;
  }
  text += template.slice(last);
  return { text, slot };
}
