import type { PolicyInput } from '../core/packs/overrides';
import type { LaipniDb } from './database';
import { getState, putState } from './state';
import type { PolicyStateRecord } from '../core/model/policy';

/**
 * The company policy as last applied by the background, so extension pages can say which
 * settings "your company manages" without a round trip, and so the background starts with the
 * last known keys before the browser answers `storage.managed` again.
 */

export async function getPolicyState(db: LaipniDb): Promise<PolicyStateRecord | null> {
  return (await getState(db, 'policy')) ?? null;
}

export async function putPolicyState(db: LaipniDb, state: PolicyStateRecord): Promise<void> {
  await putState(db, 'policy', state);
}

/**
 * The policy's part of layering (locked ids, personal rules allowed), for pages that layer rules
 * themselves (the options page's rule overview) so they show the same locks as the background.
 */
export async function loadPolicyInput(db: LaipniDb): Promise<PolicyInput> {
  const policy = (await getPolicyState(db))?.policy as
    { lockedRuleIds?: unknown; personalRulesAllowed?: unknown } | undefined;
  const locked = Array.isArray(policy?.lockedRuleIds)
    ? policy.lockedRuleIds.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    lockedRuleIds: locked,
    personalRulesAllowed: policy?.personalRulesAllowed !== false,
  };
}
