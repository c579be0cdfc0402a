import type { ActivityExport, ActivityExportState } from '../../../../lib/core/model/activity';
import type { CompanyPolicy } from '../../../../lib/core/model/policy';
import { exportIdentity } from '../../../../lib/core/report/build-activity';
import { activityForDay } from '../../../../lib/data/activity-day';
import { getState } from '../../../../lib/data/state';
import type { LaipniDb } from '../../../../lib/data/database';
import { getPolicyState } from '../../../../lib/data/policy-state';
import { dayOf } from '../../../../lib/data/stats';
import { loadRuleOverview } from '../../data/rule-overview';

export interface ActivityPreview {
  policy: CompanyPolicy;
  state: ActivityExportState;
  day: string;
  /** Exactly the file that is (or would be) sent for `day`; null when nothing happened. */
  file: ActivityExport | null;
}

/** The activity file of one day as the background builds it, for the agent to see. */
export async function loadActivityPreview(
  db: LaipniDb,
  day: string,
  extensionVersion: string,
): Promise<ActivityPreview> {
  // Read only (this runs in a live query): the page makes the random id once, on mount.
  const [policyState, stored, overview] = await Promise.all([
    getPolicyState(db),
    getState(db, 'activity'),
    loadRuleOverview(db),
  ]);
  const policy = policyState?.policy ?? {};
  const state: ActivityExportState = stored ?? { randomAgentId: '' };
  if (!state.randomAgentId && !policy.activityAgentId) return { policy, state, day, file: null };
  const file = await activityForDay(
    db,
    day,
    exportIdentity(policy, state),
    overview.effective.pack.checklists ?? {},
    Date.now(),
    extensionVersion,
  );
  return { policy, state, day, file };
}

/** Yesterday, the last day that can be sent. */
export function yesterday(now = Date.now()): string {
  return dayOf(now - 24 * 3_600_000);
}
