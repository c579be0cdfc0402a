import type { LaipniDb } from './database';
import { getState, putState } from './state';
import {
  DEFAULT_DISTRIBUTION_SETTINGS,
  clampRefreshMinutes as clampMinutes,
  type DistributionSettings,
} from '../core/model/distribution';

/**
 * The agent's own team-distribution settings: how often subscriptions refresh, and public keys
 * the agent pinned (packs from URLs must then be signed by one of them). A state row; company
 * policy can add keys and set the period on top (policy wins).
 */

/** The stored settings checked, or the defaults where they are missing or damaged. */
export function checkedDistributionSettings(value: unknown): DistributionSettings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_DISTRIBUTION_SETTINGS };
  const stored = value as Partial<Record<keyof DistributionSettings, unknown>>;
  const keys = Array.isArray(stored.pinnedKeys)
    ? stored.pinnedKeys.filter((k): k is string => typeof k === 'string')
    : [];
  return { refreshMinutes: clampMinutes(stored.refreshMinutes), pinnedKeys: keys };
}

export async function getDistributionSettings(db: LaipniDb): Promise<DistributionSettings> {
  return checkedDistributionSettings(await getState(db, 'distribution'));
}

export async function updateDistributionSettings(
  db: LaipniDb,
  patch: Partial<DistributionSettings>,
): Promise<DistributionSettings> {
  return db.transaction('rw', db.state, async () => {
    const current = await getDistributionSettings(db);
    const next: DistributionSettings = {
      refreshMinutes: clampMinutes(patch.refreshMinutes ?? current.refreshMinutes),
      pinnedKeys: [...new Set((patch.pinnedKeys ?? current.pinnedKeys).map((k) => k.trim()))],
    };
    await putState(db, 'distribution', next);
    return next;
  });
}
