import * as v from 'valibot';
import { base64ToBytes } from '../../core/packs/base64';
import { bi } from '../../core/packs/issue-text';
import type { PackProblem } from '../../core/packs/problems';
import { findDuplicateIds } from '../../core/packs/semantic';
import { PACK_ID_PATTERN, strict, text } from '../../core/packs/schema-parts';
import { SEMVER_PATTERN } from '../../core/packs/semver';
import type { LaipniDb } from '../database';
import { checkedDistributionSettings, updateDistributionSettings } from '../distribution-settings';
import {
  LEGACY_MAX_REFRESH_MINUTES,
  LEGACY_MIN_REFRESH_MINUTES,
  checkSubscriptionUrl,
  type PackSubscription,
} from '../../core/model/distribution';
import { replaceOwnSubscriptions } from '../subscriptions';
import { rec, time } from './fields';

/**
 * The agent's team distribution in a backup (`laipni-backup/2`): the URLs they subscribed to,
 * the signing keys they pinned and their refresh period, so a restore on a new computer brings
 * their subscriptions back, still checked against the same keys.
 *
 * Company policy is left out on purpose: it is the administrator's, not the agent's. It lives in
 * the browser's managed storage, and the background re-applies it at every start (policy
 * subscriptions are marked `managed`, policy keys are kept in the policy state, never among the
 * agent's pinned keys). A backup carrying it would restore a policy that may since have changed
 * or that the new computer is not under; a restore therefore also keeps the managed
 * subscriptions already there.
 *
 * A subscription keeps what the agent chose (URL, pinned version) and which pack it serves; the
 * refresh state (validators, failures, schedule) is not kept, so the new computer downloads
 * each pack again at once and checks it before anything is installed.
 */

export interface BackupSubscription {
  url: string;
  addedAt: number;
  packId?: string;
  version?: string;
  pinnedVersion?: string;
  /** Keys pinned for this subscription alone (link, first use, by hand). */
  pinnedKeys?: string[];
  teamName?: string;
}

export interface BackupDistribution {
  subscriptions: BackupSubscription[];
  /** Minutes between scheduled refreshes (the agent's own; policy may override it). */
  refreshMinutes: number;
  /** Base64 raw Ed25519 public keys the agent pinned. */
  pinnedKeys: string[];
}

function backupSubscription(sub: PackSubscription): BackupSubscription {
  const out: BackupSubscription = { url: sub.url, addedAt: sub.addedAt };
  if (sub.packId !== undefined) out.packId = sub.packId;
  if (sub.version !== undefined) out.version = sub.version;
  if (sub.pinnedVersion !== undefined) out.pinnedVersion = sub.pinnedVersion;
  if (sub.pinnedKeys && sub.pinnedKeys.length > 0) out.pinnedKeys = [...sub.pinnedKeys];
  if (sub.teamName !== undefined) out.teamName = sub.teamName;
  return out;
}

/** The distribution part of a backup, from the subscriptions and settings of a dump. */
export function distributionForBackup(
  subscriptions: readonly PackSubscription[],
  storedSettings: unknown,
): BackupDistribution {
  const settings = checkedDistributionSettings(storedSettings);
  return {
    subscriptions: [...subscriptions]
      .sort((a, b) => a.addedAt - b.addedAt)
      .filter((s) => !s.managed)
      .map(backupSubscription),
    refreshMinutes: settings.refreshMinutes,
    pinnedKeys: settings.pinnedKeys,
  };
}

const semver = v.pipe(v.string(), v.maxLength(64), v.regex(SEMVER_PATTERN));

const pinnedKeySchema = v.pipe(
  v.string(),
  v.maxLength(200),
  v.check(
    (key) => base64ToBytes(key.trim())?.length === 32,
    bi(
      'Tā nav Ed25519 publiskā atslēga (32 baiti base64 kodējumā).',
      'This is not an Ed25519 public key (32 bytes in base64).',
    ),
  ),
);

const subscriptionSchema = strict(
  {
    url: v.pipe(
      text(2000),
      v.check(
        (url) => checkSubscriptionUrl(url).ok,
        bi(
          'Abonementa adresei jāsākas ar https:// (http:// der tikai šajā datorā, localhost).',
          'A subscription address must start with https:// (http:// only on this computer, localhost).',
        ),
      ),
    ),
    addedAt: time,
    packId: v.optional(v.pipe(text(100), v.regex(PACK_ID_PATTERN))),
    version: v.optional(semver),
    pinnedVersion: v.optional(semver),
    pinnedKeys: v.optional(v.pipe(v.array(pinnedKeySchema), v.maxLength(20))),
    teamName: v.optional(text(100)),
  },
  rec('subscription'),
);

export const distributionSchema = strict(
  {
    subscriptions: v.pipe(v.array(subscriptionSchema), v.maxLength(1000)),
    refreshMinutes: v.pipe(
      v.number(),
      v.integer(),
      // Older backups held 5 minutes to a week; restoring clamps to today's 15 min – 24 h.
      v.minValue(LEGACY_MIN_REFRESH_MINUTES),
      v.maxValue(LEGACY_MAX_REFRESH_MINUTES),
    ),
    pinnedKeys: v.pipe(v.array(pinnedKeySchema), v.maxLength(50)),
  },
  rec('team distribution'),
);

/** What the schema cannot see: a URL subscribed twice. */
export function distributionProblems(distribution: BackupDistribution): PackProblem[] {
  return findDuplicateIds(
    distribution.subscriptions.map((value, i) => ({
      value,
      path: ['data', 'distribution', 'subscriptions', i],
    })),
    { lv: 'Abonements', en: 'The subscription' },
    'url',
  );
}

/**
 * Writes the distribution part of a backup, inside the restore's transaction: the agent's own
 * subscriptions are replaced (managed ones stay), and so are their pinned keys and period.
 * Returns how many subscriptions were restored and the URLs left to company policy.
 */
export async function restoreDistribution(
  db: LaipniDb,
  distribution: BackupDistribution,
): Promise<{ restored: number; skipped: string[] }> {
  const skipped = await replaceOwnSubscriptions(db, distribution.subscriptions);
  await updateDistributionSettings(db, {
    refreshMinutes: distribution.refreshMinutes,
    pinnedKeys: distribution.pinnedKeys,
  });
  return { restored: distribution.subscriptions.length - skipped.length, skipped };
}
