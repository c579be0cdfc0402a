import type { LaipniDb } from './database';
import { listSubscriptions, updateSubscription } from './subscriptions';
import { subscriptionStatus, type SubscriptionView } from '../core/model/distribution';

/**
 * What the sidebar shows about pack subscriptions: a failing update (with the last success) and
 * the last update's change until the agent dismisses it. The dismissal is the change's timestamp
 * on the subscription, so a newer update shows again.
 */
export async function subscriptionViews(db: LaipniDb): Promise<SubscriptionView[]> {
  const subs = await listSubscriptions(db);
  const ids = [...new Set(subs.flatMap((s) => (s.packId ? [s.packId] : [])))];
  const packs = await db.packs.bulkGet(ids);
  const names = new Map(packs.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  return subs.map((sub) => {
    const packName = (sub.packId && names.get(sub.packId)) || sub.lastChange?.packName;
    return {
      url: sub.url,
      ...(sub.packId ? { packId: sub.packId } : {}),
      ...(packName ? { packName } : {}),
      status: subscriptionStatus(sub),
      ...(sub.lastSuccessAt ? { lastSuccessAt: sub.lastSuccessAt } : {}),
      ...(sub.lastError ? { lastError: sub.lastError } : {}),
      ...(sub.lastChange ? { lastChange: sub.lastChange } : {}),
      changeSeen: sub.lastChange !== undefined && sub.changeSeenAt === sub.lastChange.at,
    };
  });
}

/** Hides the change made at `at` from the sidebar; a later update shows its own change. */
export async function markPackChangeSeen(db: LaipniDb, url: string, at: number): Promise<void> {
  await updateSubscription(db, url, { changeSeenAt: at });
}
