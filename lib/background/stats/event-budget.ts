/**
 * Finding events a frame may report per minute. A person typing produces a few findings a
 * minute; a page typing by script produced 45,000 rows a minute. Events over the budget are
 * dropped (not queued), per tab and frame, in fixed one-minute windows.
 */
export const EVENTS_PER_FRAME_PER_MINUTE = 300;
const WINDOW_MS = 60_000;
/** Windows kept before old ones are dropped (a tab with many frames, many tabs). */
const MAX_KEYS = 2_000;

export interface EventBudget {
  /** How many of `wanted` events `key` may record now. */
  take(key: string, wanted: number, now: number): number;
}

export function createEventBudget(
  limit = EVENTS_PER_FRAME_PER_MINUTE,
  windowMs = WINDOW_MS,
): EventBudget {
  const windows = new Map<string, { start: number; used: number }>();
  return {
    take(key, wanted, now) {
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        if (!window && windows.size >= MAX_KEYS) {
          for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
          // Still full: the oldest window goes.
          if (windows.size >= MAX_KEYS) windows.delete(windows.keys().next().value as string);
        }
        window = { start: now, used: 0 };
        windows.set(key, window);
      }
      const granted = Math.max(0, Math.min(wanted, limit - window.used));
      window.used += granted;
      return granted;
    },
  };
}
