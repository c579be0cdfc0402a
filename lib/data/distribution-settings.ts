import type { LaipniDb } from './database';
import {
  DEFAULT_DISTRIBUTION_SETTINGS,
  MAX_REFRESH_MINUTES,
  MIN_REFRESH_MINUTES,
  type DistributionSettings,
} from '../core/model/distribution';

/**
 * The agent's own team-distribution settings: how often subscriptions refresh, and public keys
 * the agent pinned (packs from URLs must then be signed by one of them). Kept in `meta` beside
 * the subscriptions; company policy can add keys and set the period on top (policy wins).
 */

export const DISTRIBUTION_SETTINGS_KEY = 'distribution-settings';

function clampMinutes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return DEFAULT_DISTRIBUTION_SETTINGS.refreshMinutes;
  return Math.min(MAX_REFRESH_MINUTES, Math.max(MIN_REFRESH_MINUTES, Math.round(value)));
}

/** The stored record (JSON text), or the defaults when there is none or it is damaged. */
export function parseDistributionSettings(text: string | undefined): DistributionSettings {
  if (text === undefined) return { ...DEFAULT_DISTRIBUTION_SETTINGS };
  try {
    const value = JSON.parse(text) as Partial<Record<keyof DistributionSettings, unknown>>;
    const keys = Array.isArray(value.pinnedKeys)
      ? value.pinnedKeys.filter((k): k is string => typeof k === 'string')
      : [];
    return { refreshMinutes: clampMinutes(value.refreshMinutes), pinnedKeys: keys };
  } catch {
    // A damaged record falls back to the defaults; the next save rewrites it.
    return { ...DEFAULT_DISTRIBUTION_SETTINGS };
  }
}

export async function getDistributionSettings(db: LaipniDb): Promise<DistributionSettings> {
  return parseDistributionSettings((await db.meta.get(DISTRIBUTION_SETTINGS_KEY))?.value);
}

export async function updateDistributionSettings(
  db: LaipniDb,
  patch: Partial<DistributionSettings>,
): Promise<DistributionSettings> {
  return db.transaction('rw', db.meta, async () => {
    const current = parseDistributionSettings(
      (await db.meta.get(DISTRIBUTION_SETTINGS_KEY))?.value,
    );
    const next: DistributionSettings = {
      refreshMinutes: clampMinutes(patch.refreshMinutes ?? current.refreshMinutes),
      pinnedKeys: [...new Set((patch.pinnedKeys ?? current.pinnedKeys).map((k) => k.trim()))],
    };
    await db.meta.put({ key: DISTRIBUTION_SETTINGS_KEY, value: JSON.stringify(next) });
    return next;
  });
}
