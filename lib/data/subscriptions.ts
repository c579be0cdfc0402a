import type { PackDiff } from '../core/packs/pack-diff';
import type { LocalizedText } from '../core/model/pack';
import type { LaipniDb } from './database';

/**
 * Pack subscriptions: URLs the agent (or company policy) subscribed to, with what the background's
 * refresh service learned about each. They live in the `meta` table as one JSON record, so adding
 * them needed no schema change; every write is a read-modify-write in one transaction, so the
 * options page adding a URL and the background recording a refresh never lose each other's work.
 */

export const SUBSCRIPTIONS_KEY = 'subscriptions';

/** The change the last successful update made (the "what changed" view). */
export interface SubscriptionChange extends PackDiff {
  at: number;
}

export interface PackSubscription {
  url: string;
  addedAt: number;
  /** The pack the URL serves, once downloaded. */
  packId?: string;
  /** Version installed from this URL by the last successful download. */
  version?: string;
  lastCheckAt?: number;
  lastSuccessAt?: number;
  /** The last failure, in words; cleared by the next success. */
  lastError?: LocalizedText;
  /** Validators of the last download, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Install exactly this version, even when it is older than the installed one. */
  pinnedVersion?: string;
  /** Failed attempts in a row (backoff grows with it); 0 after a success. */
  failures?: number;
  /** When the next scheduled attempt is due (ms). */
  nextAttemptAt?: number;
  /** A note that is not a failure (the server offers a version other than the pinned one). */
  notice?: LocalizedText;
  lastChange?: SubscriptionChange;
  /** Full downloads that were validated, and answers «not modified» (304) that cost nothing. */
  downloads?: number;
  notModified?: number;
  /** Added by company policy: the agent cannot remove it, and its pack installs as `policy`. */
  managed?: boolean;
}

export type RefreshStatus = 'updated' | 'unchanged' | 'not-modified' | 'skipped' | 'failed';

/** What one refresh of a subscription did (answered to "refresh now"). */
export interface RefreshOutcome {
  url: string;
  status: RefreshStatus;
  packId?: string;
  version?: string;
  error?: LocalizedText;
  /** Not a failure: why nothing was installed (a pinned version). */
  notice?: LocalizedText;
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
