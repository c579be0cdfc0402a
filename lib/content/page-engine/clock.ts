/** The local clock as "HH:MM", for time-of-day greetings. */
export function clockTime(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
