import browser from 'webextension-polyfill';
import { runningDistribution } from '../distribution/start';
import { TEST_POLICY_KEY } from './policy-source';
import type { PolicyState } from '../distribution/policy-service';

/**
 * `laipniPolicy` on the service worker's global, for end-to-end tests: Chromium reads real
 * managed policy only from a root-owned directory shared by every browser on the machine, so the
 * tests that change locks and personal-rule rules set the policy here instead (docs/
 * distribution.md). The policy goes through the same parsing and application as managed storage.
 * Only in test builds; only code inside the worker can call it.
 */
export function exposePolicyTestHook(): void {
  const apply = async (policy: unknown): Promise<PolicyState | null> => {
    await browser.storage.session.set({ [TEST_POLICY_KEY]: policy });
    return (await runningDistribution()?.policy.reload()) ?? null;
  };
  const clear = async (): Promise<PolicyState | null> => {
    await browser.storage.session.remove(TEST_POLICY_KEY);
    return (await runningDistribution()?.policy.reload()) ?? null;
  };
  (globalThis as unknown as { laipniPolicy: unknown }).laipniPolicy = { apply, clear };
}
