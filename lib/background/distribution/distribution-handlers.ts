import type { LaipniDb } from '../../data/database';
import { updateDistributionSettings } from '../../data/distribution-settings';
import {
  addSubscription,
  getSubscription,
  setSubscriptionKeys,
  updateSubscription,
} from '../../data/subscriptions';
import { checkSubscriptionUrl, type SubscriptionProbe } from '../../core/model/distribution';
import { parsePublicKey } from '../../core/packs/signature';
import type { DistributionProtocolMap } from '../../protocol/distribution-messages';
import type { Handlers } from '../../protocol/transport/router';
import type { ProtocolMap } from '../../protocol/messages';
import type { PolicyService } from './policy-service';
import type { SubscriptionService } from './subscription-service';

export type DistributionHandlers = Pick<Handlers<ProtocolMap>, keyof DistributionProtocolMap>;

/** The background's answers to the team-distribution messages (extension pages only). */
export function createDistributionHandlers(
  db: LaipniDb,
  subscriptions: SubscriptionService,
  policy: PolicyService,
  probe: (url: string) => Promise<SubscriptionProbe>,
  now: () => number = Date.now,
): DistributionHandlers {
  return {
    'data:subscribe': async ({ url, pinnedVersion, pinnedKeys, teamName }) => {
      const checked = checkSubscriptionUrl(url);
      if (!checked.ok) return { added: false as const, problem: checked.reason };
      const keys: string[] = [];
      for (const key of pinnedKeys ?? []) {
        const parsed = await parsePublicKey(key);
        if (!parsed) return { added: false as const, problem: 'key' as const };
        keys.push(parsed.publicKey);
      }
      const name = teamName?.normalize('NFC').trim();
      const added = await addSubscription(db, checked.url, now(), {
        ...(pinnedVersion ? { pinnedVersion } : {}),
        ...(keys.length > 0 ? { pinnedKeys: keys } : {}),
        ...(name ? { teamName: name } : {}),
      });
      if (!added && (keys.length > 0 || name)) {
        // Already subscribed (by bare URL, say): the link's key is pinned on top.
        const existing = await getSubscription(db, checked.url);
        if (existing?.managed) return { added: false as const, problem: 'managed' as const };
        await setSubscriptionKeys(db, checked.url, [...(existing?.pinnedKeys ?? []), ...keys]);
        if (name) await updateSubscription(db, checked.url, { teamName: name });
      }
      const [outcome] = await subscriptions.refreshNow(checked.url);
      return { added, url: checked.url, outcome: outcome ?? null };
    },

    'data:probe-subscription': ({ url }) => probe(url),

    'data:refresh-subscription': async ({ url }) => ({
      outcomes: await subscriptions.refreshNow(url),
    }),

    'data:subscription-diff': async ({ url }) => {
      const subscription = (await getSubscription(db, url)) ?? null;
      return { subscription, change: subscription?.lastChange ?? null };
    },

    'data:get-policy': () => policy.state(),

    'data:set-distribution-settings': async ({ refreshMinutes, pinnedKeys }) => {
      if (pinnedKeys) {
        const parsed = await Promise.all(pinnedKeys.map((k) => parsePublicKey(k)));
        const invalidKeys = pinnedKeys.filter((_, i) => parsed[i] === null);
        if (invalidKeys.length > 0) return { ok: false as const, invalidKeys };
      }
      const settings = await updateDistributionSettings(db, {
        ...(refreshMinutes !== undefined ? { refreshMinutes } : {}),
        ...(pinnedKeys !== undefined ? { pinnedKeys } : {}),
      });
      return { ok: true as const, settings };
    },
  };
}
