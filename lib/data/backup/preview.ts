import { keyFingerprint } from '../../core/packs/subscription-link';
import type { LaipniDb } from '../database';
import { getDistributionSettings } from '../distribution-settings';
import { getState } from '../state';
import { listSubscriptions } from '../subscriptions';
import type { BackupFile } from './format';

/** A pinned signing key as a person compares it with their lead: its fingerprint. */
export interface PreviewKey {
  key: string;
  fingerprint: string;
}

/**
 * What a restore would change beyond the personal rows: whose packs the agent subscribes to,
 * which signing keys they trust, and the secret that makes contact keys unguessable. A hostile
 * backup could subscribe the agent to its server or drop their pinned keys, so these are shown
 * and asked about before anything changes. `null`: the backup leaves that part as it is.
 */
export interface RestorePreview {
  subscriptions: { added: string[]; removed: string[] } | null;
  pinnedKeys: { added: PreviewKey[]; removed: PreviewKey[] } | null;
  /** The backup carries a contact-key secret other than this browser's. */
  secretReplaced: boolean;
}

async function withFingerprints(keys: readonly string[]): Promise<PreviewKey[]> {
  return Promise.all(
    keys.map(async (key) => ({ key, fingerprint: (await keyFingerprint(key)) ?? key })),
  );
}

const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

/** Compares a checked backup with this browser's data; reads only, changes nothing. */
export async function restorePreview(db: LaipniDb, backup: BackupFile): Promise<RestorePreview> {
  const [subscriptions, settings, installation] = await Promise.all([
    listSubscriptions(db),
    getDistributionSettings(db),
    getState(db, 'installation'),
  ]);
  const distribution = backup.data.distribution;
  const secret = backup.data.installationSecret;
  let subscriptionChanges: RestorePreview['subscriptions'] = null;
  let keyChanges: RestorePreview['pinnedKeys'] = null;
  if (distribution) {
    // Company-managed subscriptions stay whatever the backup says (see restoreDistribution).
    const managed = subscriptions.filter((s) => s.managed).map((s) => s.url);
    const own = subscriptions.filter((s) => !s.managed).map((s) => s.url);
    const incoming = minus(
      distribution.subscriptions.map((s) => s.url),
      managed,
    );
    subscriptionChanges = { added: minus(incoming, own), removed: minus(own, incoming) };
    keyChanges = {
      added: await withFingerprints(minus(distribution.pinnedKeys, settings.pinnedKeys)),
      removed: await withFingerprints(minus(settings.pinnedKeys, distribution.pinnedKeys)),
    };
  }
  return {
    subscriptions: subscriptionChanges,
    pinnedKeys: keyChanges,
    secretReplaced:
      secret !== undefined && installation !== undefined && secret !== installation.secret,
  };
}

/** Whether the preview has anything the agent must look at before confirming. */
export function previewHasChanges(preview: RestorePreview): boolean {
  const subs = preview.subscriptions;
  const keys = preview.pinnedKeys;
  return (
    preview.secretReplaced ||
    (subs !== null && subs.added.length + subs.removed.length > 0) ||
    (keys !== null && keys.added.length + keys.removed.length > 0)
  );
}
