import type { PackDiff } from '../packs/pack-diff';
import type { SignatureInfo } from '../packs/signature';
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
  /**
   * Keys (base64 raw Ed25519) this subscription's packs must be signed with, beside the agent's
   * and the policy's keys for all subscriptions: pinned from a subscription link, on first use,
   * or by hand. Empty or missing (and no other key): signatures are not checked.
   */
  pinnedKeys?: string[];
  /** The team's name from the subscription link. */
  teamName?: string;
  /** Whether the installed version was signed, and checked against a pinned key. */
  signature?: SubscriptionSignature;
}

/**
 * `verified`: signed by a pinned key; `unchecked`: signed, but no key is pinned; `unsigned`: no
 * signature at all (the pack list marks these).
 */
export type SubscriptionSignature = 'verified' | 'unchecked' | 'unsigned';

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

/** The refresh period the agent or policy may choose: 15 minutes to a day. */
export const MIN_REFRESH_MINUTES = 15;
export const MAX_REFRESH_MINUTES = 24 * 60;
/** The periods the options page offers. */
export const REFRESH_CHOICES: readonly number[] = [15, 30, 60, 120, 240, 480, 720, 1440];
/** Backups made before the period was bounded to a day held 5 minutes to a week (clamped). */
export const LEGACY_MIN_REFRESH_MINUTES = 5;
export const LEGACY_MAX_REFRESH_MINUTES = 7 * 24 * 60;

/** A period in range: rounded, clamped, the default when it is not a number. */
export function clampRefreshMinutes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return DEFAULT_DISTRIBUTION_SETTINGS.refreshMinutes;
  return Math.min(MAX_REFRESH_MINUTES, Math.max(MIN_REFRESH_MINUTES, Math.round(value)));
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

/**
 * What a pack URL serves, looked at before subscribing, so the options page can show the pack
 * and ask whether to pin the key it was signed with (trust on first use). Nothing is stored.
 */
export type SubscriptionProbe =
  | {
      ok: true;
      url: string;
      packId?: string;
      name?: string;
      version?: string;
      signature: SignatureInfo;
    }
  | { ok: false; url: string; error: LocalizedText };
