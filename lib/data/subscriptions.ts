import type { PackSubscription } from '../core/model/distribution';
import type { LaipniDb } from './database';

/**
 * Pack subscriptions: URLs the agent (or company policy) subscribed to, with what the
 * background's refresh service learned about each, one row per URL. Every change is a
 * read-modify-write of one row in one transaction, so the options page adding a URL and the
 * background recording a refresh never lose each other's work.
 */

/** In the order they were added. */
export async function listSubscriptions(db: LaipniDb): Promise<PackSubscription[]> {
  return db.subscriptions.orderBy('addedAt').toArray();
}

export async function getSubscription(
  db: LaipniDb,
  url: string,
): Promise<PackSubscription | undefined> {
  return db.subscriptions.get(url);
}

/** Adds a subscription (once per URL); returns false when it was already there. */
export async function addSubscription(
  db: LaipniDb,
  url: string,
  now = Date.now(),
  extra: Pick<PackSubscription, 'pinnedVersion' | 'managed' | 'pinnedKeys' | 'teamName'> = {},
): Promise<boolean> {
  return db.transaction('rw', db.subscriptions, async () => {
    if (await db.subscriptions.get(url)) return false;
    await db.subscriptions.add({ url, addedAt: now, ...extra });
    return true;
  });
}

/**
 * Replaces the agent's own subscriptions with `own` (a restored backup); company-managed ones
 * stay, and an own one with a managed URL is left out. Returns the URLs left out.
 */
export async function replaceOwnSubscriptions(
  db: LaipniDb,
  own: readonly PackSubscription[],
): Promise<string[]> {
  return db.transaction('rw', db.subscriptions, async () => {
    const all = await db.subscriptions.toArray();
    const taken = new Set(all.filter((s) => s.managed).map((s) => s.url));
    await db.subscriptions.bulkDelete(all.filter((s) => !s.managed).map((s) => s.url));
    await db.subscriptions.bulkPut(own.filter((s) => !taken.has(s.url)));
    return own.filter((s) => taken.has(s.url)).map((s) => s.url);
  });
}

/** Removes a subscription the agent added; company-managed ones stay (returns false). */
export async function removeSubscription(
  db: LaipniDb,
  url: string,
  options: { managed?: boolean } = {},
): Promise<boolean> {
  return db.transaction('rw', db.subscriptions, async () => {
    const target = await db.subscriptions.get(url);
    if (!target || (target.managed && !options.managed)) return false;
    await db.subscriptions.delete(url);
    return true;
  });
}

/**
 * Changes one subscription; `patch` fields set to undefined are removed. Returns the new record,
 * or undefined when the URL is no longer subscribed (removed meanwhile: nothing is written).
 */
export async function updateSubscription(
  db: LaipniDb,
  url: string,
  patch: Partial<Omit<PackSubscription, 'url' | 'addedAt'>>,
): Promise<PackSubscription | undefined> {
  return db.transaction('rw', db.subscriptions, async () => {
    const current = await db.subscriptions.get(url);
    if (!current) return undefined;
    const next: PackSubscription = { ...current, ...patch };
    for (const [key, value] of Object.entries(patch))
      if (value === undefined) delete (next as unknown as Record<string, unknown>)[key];
    await db.subscriptions.put(next);
    return next;
  });
}

/**
 * Sets the keys pinned for one subscription (the agent adds or removes one in the options page,
 * or a subscription link pins its key). Returns the new record, undefined when it is gone.
 */
export async function setSubscriptionKeys(
  db: LaipniDb,
  url: string,
  keys: readonly string[],
): Promise<PackSubscription | undefined> {
  const unique = [...new Set(keys.map((k) => k.trim()))].filter((k) => k !== '');
  return updateSubscription(db, url, { pinnedKeys: unique.length > 0 ? unique : undefined });
}
