/**
 * When a subscription is next fetched. Pure, so the backoff is tested without clocks.
 *
 * After a success: one refresh period later, ±10 % jitter, so a thousand agents who installed at
 * the same moment drift apart instead of hitting the host together every hour.
 * After a failure: a minute, then doubling with each failure in a row, up to eight periods (at most
 * a day), also with jitter: a broken host is asked less and less, a blip is retried soon.
 */

export const MINUTE_MS = 60_000;
export const FIRST_RETRY_MS = MINUTE_MS;
export const MAX_RETRY_MS = 24 * 60 * MINUTE_MS;
const JITTER = 0.1;

function jitter(ms: number, random: () => number): number {
  return Math.round(ms * (1 - JITTER + 2 * JITTER * random()));
}

export function nextAfterSuccess(now: number, periodMs: number, random: () => number): number {
  return now + jitter(periodMs, random);
}

/** `failures` counts this one too (1 after the first failure). */
export function retryDelay(failures: number, periodMs: number): number {
  const cap = Math.min(MAX_RETRY_MS, Math.max(8 * periodMs, FIRST_RETRY_MS));
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  return Math.min(cap, FIRST_RETRY_MS * 2 ** exponent);
}

export function nextAfterFailure(
  now: number,
  failures: number,
  periodMs: number,
  random: () => number,
): number {
  return now + jitter(retryDelay(failures, periodMs), random);
}

/**
 * A subscription's next check under a new refresh period: planned from its last check as if
 * that check had known the period (the backoff of a failing one is capped by the new period
 * too). One never checked keeps its time (it is due at once).
 */
export function nextUnderPeriod(
  sub: { lastCheckAt?: number; failures?: number; nextAttemptAt?: number },
  periodMs: number,
  random: () => number,
): number | undefined {
  if (sub.lastCheckAt === undefined) return sub.nextAttemptAt;
  return sub.failures
    ? nextAfterFailure(sub.lastCheckAt, sub.failures, periodMs, random)
    : nextAfterSuccess(sub.lastCheckAt, periodMs, random);
}

/** The earliest due time, or null when nothing is subscribed; undefined times are due now. */
export function earliestDue(times: ReadonlyArray<number | undefined>, now: number): number | null {
  if (times.length === 0) return null;
  return Math.min(...times.map((t) => t ?? now));
}
