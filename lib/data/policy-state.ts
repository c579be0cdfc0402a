import type { PolicyInput } from '../core/packs/overrides';
import type { LaipniDb } from './database';
import type { PolicyStateRecord } from '../core/model/policy';

/**
 * The company policy as last applied by the background, so extension pages can say which
 * settings "your company manages" without a round trip, and so the background starts with the
 * last known keys before the browser answers `storage.managed` again.
 */

export const POLICY_STATE_KEY = 'policy';

export async function getPolicyState<Policy = Record<string, unknown>>(
  db: LaipniDb,
): Promise<PolicyStateRecord<Policy> | null> {
  const record = await db.meta.get(POLICY_STATE_KEY);
  if (!record) return null;
  try {
    return JSON.parse(record.value) as PolicyStateRecord<Policy>;
  } catch {
    return null;
  }
}

export async function putPolicyState<Policy>(
  db: LaipniDb,
  state: PolicyStateRecord<Policy>,
): Promise<void> {
  await db.meta.put({ key: POLICY_STATE_KEY, value: JSON.stringify(state) });
}

/**
 * The policy's part of layering (locked ids, personal rules allowed), for pages that layer rules
 * themselves (the options page's rule overview) so they show the same locks as the background.
 */
export async function loadPolicyInput(db: LaipniDb): Promise<PolicyInput> {
  const policy = (
    await getPolicyState<{ lockedRuleIds?: unknown; personalRulesAllowed?: unknown }>(db)
  )?.policy;
  const locked = Array.isArray(policy?.lockedRuleIds)
    ? policy.lockedRuleIds.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    lockedRuleIds: locked,
    personalRulesAllowed: policy?.personalRulesAllowed !== false,
  };
}
