import type { PackDiff } from '../packs/pack-diff';
import type { LocalizedText } from './text';

/** Team distribution: pack subscriptions, their refresh outcomes and the agent's settings. */

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
  /** The sidebar's agent dismissed the change made at this time (`lastChange.at`). */
  changeSeenAt?: number;
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

export interface SubscriptionView {
  url: string;
  packId?: string;
  /** The installed pack's name; the change's name when the pack is gone. */
  packName?: string;
  status: SubscriptionStatus;
  lastSuccessAt?: number;
  lastError?: LocalizedText;
  lastChange?: SubscriptionChange;
  /** The agent dismissed this very change (same timestamp) in the sidebar. */
  changeSeen: boolean;
}

export interface DistributionSettings {
  /** Minutes between scheduled refreshes of each subscription. */
  refreshMinutes: number;
  /** Base64 raw Ed25519 public keys. */
  pinnedKeys: string[];
}

export const DEFAULT_DISTRIBUTION_SETTINGS: DistributionSettings = {
  refreshMinutes: 60,
  pinnedKeys: [],
};

export const MIN_REFRESH_MINUTES = 5;
export const MAX_REFRESH_MINUTES = 7 * 24 * 60;

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
