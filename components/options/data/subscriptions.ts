import type { LaipniDb } from '../../../lib/db/database';
import type { LocalizedText } from '../../../lib/packs/types';

/**
 * Pack subscriptions the agent entered. The options page only stores them; fetching, refreshing
 * and recording the outcome belong to the team-distribution issue's background service, which
 * fills the status fields. They live in the `meta` table (one JSON record) so no schema change
 * is needed before that service exists.
 */

export const SUBSCRIPTIONS_KEY = 'subscriptions';

export interface PackSubscription {
  url: string;
  addedAt: number;
  /** The pack the URL serves, once downloaded. */
  packId?: string;
  lastCheckAt?: number;
  lastSuccessAt?: number;
  /** The last failure, in words; cleared by the next success. */
  lastError?: LocalizedText;
}

export type SubscriptionStatus = 'waiting' | 'ok' | 'error';

export function subscriptionStatus(sub: PackSubscription): SubscriptionStatus {
  if (sub.lastError) return 'error';
  return sub.lastSuccessAt ? 'ok' : 'waiting';
}

function isSubscription(value: unknown): value is PackSubscription {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { url?: unknown }).url === 'string' &&
    typeof (value as { addedAt?: unknown }).addedAt === 'number'
  );
}

export async function listSubscriptions(db: LaipniDb): Promise<PackSubscription[]> {
  const record = await db.meta.get(SUBSCRIPTIONS_KEY);
  if (!record) return [];
  try {
    const parsed: unknown = JSON.parse(record.value);
    return Array.isArray(parsed) ? parsed.filter(isSubscription) : [];
  } catch {
    // A damaged record must not break the page; the next save rewrites it.
    return [];
  }
}

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: 'invalid' | 'insecure' };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** HTTPS anywhere; plain HTTP only on this computer (testing a pack before publishing it). */
export function checkSubscriptionUrl(input: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, reason: url.protocol === 'http:' ? 'insecure' : 'invalid' };
}

/** Adds a subscription (once per URL); returns false when it was already there. */
export async function addSubscription(
  db: LaipniDb,
  url: string,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const list = await listSubscriptions(db);
    if (list.some((s) => s.url === url)) return false;
    list.push({ url, addedAt: now });
    await db.meta.put({ key: SUBSCRIPTIONS_KEY, value: JSON.stringify(list) });
    return true;
  });
}

export async function removeSubscription(db: LaipniDb, url: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const list = (await listSubscriptions(db)).filter((s) => s.url !== url);
    await db.meta.put({ key: SUBSCRIPTIONS_KEY, value: JSON.stringify(list) });
  });
}
