/**
 * A sliding-window limit per key (a tab): a runaway or hostile frame cannot flood the
 * background with counters. Pure; the clock is passed in.
 */
export interface RateLimiter {
  allow(key: string, now: number): boolean;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    allow(key, now) {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return false;
      }
      recent.push(now);
      hits.set(key, recent);
      // Forget idle keys so closed tabs do not accumulate.
      if (hits.size > 1000)
        for (const [k, v] of hits) if (v.every((t) => now - t >= windowMs)) hits.delete(k);
      return true;
    },
  };
}
