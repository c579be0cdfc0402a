import type { LaipniDb } from '../../data/database';
import { getDistributionSettings } from '../../data/distribution-settings';
import type { PolicyInput } from '../../core/packs/overrides';
import { browserAlarms } from './browser-alarms';
import { createDistributionHandlers, type DistributionHandlers } from './distribution-handlers';
import { browserPolicySource } from './managed-source';
import { createPolicyService, type PolicyService, type PolicySource } from './policy-service';
import { startLinkOpener } from './link-opener';
import { watchRefreshPeriod } from './period-watch';
import { probeSubscription } from './probe';
import type { RefreshDeps } from './refresh';
import { createSubscriptionService, type SubscriptionService } from './subscription-service';
import { backgroundValidator } from '../validation/pick';
import type { PackValidator } from '../validation/validator';

/**
 * Team distribution in the background: company policy first (it may pin keys and set the
 * period), then the subscription schedule, and the messages the pages use.
 */

export interface Distribution {
  policy: PolicyService;
  subscriptions: SubscriptionService;
  handlers: DistributionHandlers;
  stop(): void;
}

let running: Distribution | null = null;

/** The distribution services of this worker (the test hooks reach the policy through it). */
export function runningDistribution(): Distribution | null {
  return running;
}

export function startDistribution(
  db: LaipniDb,
  rules: { setPolicy(policy: PolicyInput): void },
  source: PolicySource = browserPolicySource,
  validate: PackValidator = backgroundValidator(),
): Distribution {
  const policy = createPolicyService({ db, rules, source, validate });
  const deps: RefreshDeps = {
    db,
    validate,
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    async pinnedKeys(sub) {
      const own = (await getDistributionSettings(db)).pinnedKeys;
      return [
        ...new Set([...(policy.current().publicKeys ?? []), ...own, ...(sub.pinnedKeys ?? [])]),
      ];
    },
    async refreshMinutes() {
      return policy.current().refreshMinutes ?? (await getDistributionSettings(db)).refreshMinutes;
    },
  };
  const subscriptions = createSubscriptionService(deps, browserAlarms, policy.ready);
  // A new period moves the checks already planned at once.
  const periodWatch = watchRefreshPeriod(db, deps.refreshMinutes, () => {
    void subscriptions
      .retime()
      .catch((error: unknown) => console.error('Laipni: could not reschedule packs', error));
  });
  const stopLinks = startLinkOpener();
  const distribution: Distribution = {
    policy,
    subscriptions,
    handlers: createDistributionHandlers(db, subscriptions, policy, (url) =>
      probeSubscription(deps.fetch, url),
    ),
    stop() {
      periodWatch.stop();
      subscriptions.stop();
      stopLinks();
      policy.stop();
      if (running === distribution) running = null;
    },
  };
  running = distribution;
  return distribution;
}
