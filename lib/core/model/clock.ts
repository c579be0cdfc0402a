/** Local clock times are written "HH:MM" everywhere (packs, contexts, the CLI's --time). */

/** "HH:MM" of a local time. */
export function clockOf(date: Date = new Date()): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** "HH:MM" → minutes since midnight, or -1 when it is not a valid clock time. */
export function parseClock(time: string | undefined): number {
  if (time === undefined) return -1;
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!m) return -1;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return -1;
  return h * 60 + min;
}

/** Is `minute` within [from, until] (inclusive), a window that may wrap past midnight? */
export function inWindow(minute: number, from: number, until: number): boolean {
  return from <= until ? minute >= from && minute <= until : minute >= from || minute <= until;
}
