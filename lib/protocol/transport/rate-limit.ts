import type { SenderInfo } from './sender';

/**
 * A sliding-window count per key. Pure; the clock is passed in.
 */
export interface RateLimiter {
  allow(key: string, now: number): boolean;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const hits = new Map<string, number[]>();
  const recentOf = (key: string, now: number) =>
    (hits.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    allow(key, now) {
      const recent = recentOf(key, now);
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

/** Decides per sender whether one more content-script message is allowed now. */
export interface SenderLimiter {
  allow(sender: SenderInfo, now: number): boolean;
}

export interface FrameLimits {
  /** Messages per frame per window. */
  perFrame: number;
  /** Messages per tab per window, all its frames together. */
  perTab: number;
  windowMs: number;
  /**
   * Frames the tab ceiling does not stop (the top frame, the frame the agent works in): other
   * frames of the page, however many, cannot use up the tab's share and starve them.
   */
  preferred?: (sender: SenderInfo) => boolean;
}

/**
 * A limit per frame with a ceiling per tab: a runaway or hostile frame cannot flood the
 * background, and many frames together cannot starve the frame the agent types in.
 */
export function createFrameLimiter(limits: FrameLimits): SenderLimiter {
  const frames = createRateLimiter(limits.perFrame, limits.windowMs);
  const tabs = createRateLimiter(limits.perTab, limits.windowMs);
  return {
    allow(sender, now) {
      const tab = String(sender.tab?.id);
      if (!frames.allow(`${tab}:${sender.frameId ?? 0}`, now)) return false;
      const underCeiling = tabs.allow(tab, now);
      return underCeiling || (limits.preferred?.(sender) ?? false);
    },
  };
}
