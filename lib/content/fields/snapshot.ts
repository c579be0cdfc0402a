import type { TextMap } from './text-map';

/** What a field holds at one moment: its text, the caret, and (for rich fields) the DOM map. */
export interface FieldSnapshot {
  text: string;
  /** Caret offset into `text` when the selection is collapsed inside the field, else null. */
  caret: number | null;
  /** Present for contenteditable fields: turns offsets into DOM Ranges. */
  map?: TextMap;
}

/** Editors render a non-breaking space where the model has a plain one; compare loosely. */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  const loose = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
  return loose(a) === loose(b);
}
