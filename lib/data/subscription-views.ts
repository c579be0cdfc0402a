import type { LaipniDb } from './database';
import { listSubscriptions } from './subscriptions';
import { subscriptionStatus, type SubscriptionView } from '../core/model/distribution';

/**
 * What the sidebar shows about pack subscriptions: a failing update (with the last success) and
 * the last update's change until the agent dismisses it. The dismissal is the change's timestamp
 * kept in `meta` per URL, so a newer update shows again and the options page's record stays as
 * the refresh service wrote it.
 */
export const PACK_CHANGE_SEEN_PREFIX = 'packChangeSeen:';

function seenKey(url: string): string {
  return `${PACK_CHANGE_SEEN_PREFIX}${url}`;
}

export async function subscriptionViews(db: LaipniDb): Promise<SubscriptionView[]> {
  const subs = await listSubscriptions(db);
  const seen = new Map(
    (await db.meta.where('key').startsWith(PACK_CHANGE_SEEN_PREFIX).toArray()).map((r) => [
      r.key.slice(PACK_CHANGE_SEEN_PREFIX.length),
      Number(r.value),
    ]),
  );
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
      changeSeen: sub.lastChange !== undefined && seen.get(sub.url) === sub.lastChange.at,
    };
  });
}

/** Hides the change made at `at` from the sidebar; a later update shows its own change. */
export async function markPackChangeSeen(db: LaipniDb, url: string, at: number): Promise<void> {
  await db.meta.put({ key: seenKey(url), value: String(at) });
}
