/** What an unfilled placeholder shows: the agent sees where to type, never raw `{braces}`. */
export const EMPTY_SLOT = '…';

/** Where an empty slot is in a filled text (UTF-16 offsets). */
export interface SlotRange {
  start: number;
  end: number;
}

/** The first empty slot in a filled suggestion, selected after insertion like a tab stop. */
export function firstEmptySlot(text: string): SlotRange | undefined {
  const at = text.indexOf(EMPTY_SLOT);
  return at === -1 ? undefined : { start: at, end: at + EMPTY_SLOT.length };
}
