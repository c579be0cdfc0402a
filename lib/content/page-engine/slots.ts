/** The first empty slot («…») in a filled suggestion, selected after insertion like a tab stop. */
export const EMPTY_SLOT = '…';

export function firstEmptySlot(text: string): { start: number; end: number } | undefined {
  const at = text.indexOf(EMPTY_SLOT);
  return at === -1 ? undefined : { start: at, end: at + EMPTY_SLOT.length };
}
