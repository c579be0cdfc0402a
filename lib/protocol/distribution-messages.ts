import type { PolicyStateRecord } from '../core/model/policy';
import type {
  DistributionSettings,
  PackSubscription,
  RefreshOutcome,
  SubscriptionChange,
  SubscriptionProbe,
} from '../core/model/distribution';

/**
 * Team distribution's part of the protocol map (subscriptions, company policy, pinned keys).
 * Every message here is privileged: only extension pages may send them. Merged into
 * `ProtocolMap`.
 */
export interface DistributionProtocolMap {
  /**
   * Subscribe to a pack URL and download it at once. `pinnedKeys` (a link's key, or the key the
   * agent chose to trust on first use) are pinned for this subscription; subscribing again to a
   * URL already there adds them.
   */
  'data:subscribe': {
    request: { url: string; pinnedVersion?: string; pinnedKeys?: string[]; teamName?: string };
    response:
      | { added: boolean; url: string; outcome: RefreshOutcome | null }
      | { added: false; problem: 'invalid' | 'insecure' | 'key' | 'managed' };
  };
  /** Download a pack URL once without subscribing: what it is and who signed it. */
  'data:probe-subscription': {
    request: { url: string };
    response: SubscriptionProbe;
  };
  /** Refresh one subscription (or all) now, whatever the schedule says. */
  'data:refresh-subscription': {
    request: { url?: string };
    response: { outcomes: RefreshOutcome[] };
  };
  /** What the last update of a subscription changed ("what changed"), and its status. */
  'data:subscription-diff': {
    request: { url: string };
    response: { subscription: PackSubscription | null; change: SubscriptionChange | null };
  };
  /** The company policy as applied: what is managed, and what could not be applied. */
  'data:get-policy': {
    request: Record<string, never>;
    response: PolicyStateRecord;
  };
  /** The agent's refresh period and pinned public keys (policy keys are added on top). */
  'data:set-distribution-settings': {
    request: { refreshMinutes?: number; pinnedKeys?: string[] };
    response: { ok: true; settings: DistributionSettings } | { ok: false; invalidKeys: string[] };
  };
}
