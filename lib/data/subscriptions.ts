import type { LaipniDb } from './database';
import type { PackSubscription } from '../core/model/distribution';

/**
 * Pack subscriptions: URLs the agent (or company policy) subscribed to, with what the background's
 * refresh service learned about each. They live in the `meta` table as one JSON record, so adding
 * them needed no schema change; every write is a read-modify-write in one transaction, so the
 * options page adding a URL and the background recording a refresh never lose each other's work.
 */

export const SUBSCRIPTIONS_KEY = 'subscriptions';

function isSubscription(value: unknown): value is PackSubscription {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { url?: unknown }).url === 'string' &&
    typeof (value as { addedAt?: unknown }).addedAt === 'number'
  );
}

export function parseSubscriptions(text: string | undefined): PackSubscription[] {
  if (text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isSubscription) : [];
  } catch {
    // A damaged record must not break the page; the next save rewrites it.
    return [];
  }
}

export async function listSubscriptions(db: LaipniDb): Promise<PackSubscription[]> {
  return parseSubscriptions((await db.meta.get(SUBSCRIPTIONS_KEY))?.value);
}

export async function getSubscription(
  db: LaipniDb,
  url: string,
): Promise<PackSubscription | undefined> {
  return (await listSubscriptions(db)).find((s) => s.url === url);
}

async function write(db: LaipniDb, list: PackSubscription[]): Promise<void> {
  await db.meta.put({ key: SUBSCRIPTIONS_KEY, value: JSON.stringify(list) });
}

/** Adds a subscription (once per URL); returns false when it was already there. */
export async function addSubscription(
  db: LaipniDb,
  url: string,
  now = Date.now(),
  extra: Pick<PackSubscription, 'pinnedVersion' | 'managed'> = {},
): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const list = await listSubscriptions(db);
    if (list.some((s) => s.url === url)) return false;
    list.push({ url, addedAt: now, ...extra });
    await write(db, list);
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
  return db.transaction('rw', db.meta, async () => {
    const managed = (await listSubscriptions(db)).filter((s) => s.managed);
    const taken = new Set(managed.map((s) => s.url));
    const kept = own.filter((s) => !taken.has(s.url));
    await write(db, [...managed, ...kept]);
    return own.filter((s) => taken.has(s.url)).map((s) => s.url);
  });
}

/** Removes a subscription the agent added; company-managed ones stay (returns false). */
export async function removeSubscription(
  db: LaipniDb,
  url: string,
  options: { managed?: boolean } = {},
): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const list = await listSubscriptions(db);
    const target = list.find((s) => s.url === url);
    if (!target || (target.managed && !options.managed)) return false;
    await write(
      db,
      list.filter((s) => s !== target),
    );
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
  return db.transaction('rw', db.meta, async () => {
    const list = await listSubscriptions(db);
    const index = list.findIndex((s) => s.url === url);
    const current = list[index];
    if (!current) return undefined;
    const next: PackSubscription = { ...current, ...patch };
    for (const [key, value] of Object.entries(patch))
      if (value === undefined) delete (next as unknown as Record<string, unknown>)[key];
    list[index] = next;
    await write(db, list);
    return next;
  });
}
