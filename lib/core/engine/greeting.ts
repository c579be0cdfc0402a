import { parseClock } from '../model/clock';

/**
 * The greeting that fits a local clock time: «Labrīt» before 10:00, «Labdien» until 18:00,
 * «Labvakar» after; «Labdien» when the time is unknown, since it fits any hour.
 */
export function greetingFor(time?: string): string {
  const minute = parseClock(time);
  if (minute < 0) return 'Labdien';
  if (minute >= 4 * 60 && minute < 10 * 60) return 'Labrīt';
  if (minute >= 10 * 60 && minute < 18 * 60) return 'Labdien';
  return 'Labvakar';
}
