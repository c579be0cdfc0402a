import type { CompanyPolicy } from '../../../lib/core/model/policy';
import type { LaipniDb } from '../../../lib/data/database';
import { getPolicyState } from '../../../lib/data/policy-state';

/** What company policy manages, as the background last applied it (read from the database). */
export interface PolicyView {
  managed: ReadonlySet<string>;
  policy: CompanyPolicy;
  /** Policy fields IT got wrong (ignored), in both languages. */
  problems: Array<{ key: string; lv: string; en: string }>;
}

export const NO_POLICY: PolicyView = { managed: new Set(), policy: {}, problems: [] };

export async function loadPolicyView(db: LaipniDb): Promise<PolicyView> {
  const state = await getPolicyState(db);
  if (!state) return NO_POLICY;
  return { managed: new Set(state.managed), policy: state.policy, problems: state.problems };
}
