import type { LaipniDb } from '../../data/database';
import { importPack } from '../../data/pack-import';
import { getPack, readPack } from '../../data/packs';
import { getSubscription, updateSubscription } from '../../data/subscriptions';
import {
  checkSubscriptionUrl,
  type PackSubscription,
  type RefreshOutcome,
  type RefreshStatus,
  type SubscriptionSignature,
} from '../../core/model/distribution';
import { diffPacks } from '../../core/packs/pack-diff';
import { parseJsonText } from '../../core/packs/prescan';
import { verifyPackSignature } from '../../core/packs/signature';
import type { PackValidator } from '../validation/validator';
import { fetchPack, type FetchLike } from './fetch-pack';
import { text, withKept, type Bilingual } from './problem-texts';
import { MINUTE_MS, nextAfterFailure, nextAfterSuccess } from './schedule';

/**
 * One refresh of one subscription: conditional download, signature check against the pinned
 * keys, full validation and an atomic swap through `importPack`. Whatever fails (network,
 * timeout, 404, not JSON, invalid, bad signature, refused downgrade), the installed version stays
 * and the subscription records the error in Latvian and English, counts the failure and backs off.
 * A 304 answer only moves the clock: nothing is parsed or validated.
 */

export interface RefreshDeps {
  db: LaipniDb;
  fetch: FetchLike;
  now(): number;
  /**
   * The keys for this subscription: the policy's ∪ the agent's for all ∪ the subscription's own;
   * empty: signatures are not required.
   */
  pinnedKeys(sub: PackSubscription): Promise<string[]>;
  refreshMinutes(): Promise<number>;
  timeoutMs?: number;
  random?(): number;
  subtle?: SubtleCrypto;
  /** Validates downloads off the background's thread (validation/pick.ts); default: here. */
  validate?: PackValidator;
}

type Patch = Partial<Omit<PackSubscription, 'url' | 'addedAt'>>;

const NO_DETAIL = { path: '', lv: 'nezināma kļūda', en: 'unknown error' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validators are sent only while the pack they describe is still installed as we left it. */
async function validatorsFor(db: LaipniDb, sub: PackSubscription) {
  if (!sub.packId || !sub.version) return {};
  const installed = await getPack(db, sub.packId);
  if (!installed || installed.version !== sub.version) return {};
  return {
    ...(sub.etag ? { etag: sub.etag } : {}),
    ...(sub.lastModified ? { lastModified: sub.lastModified } : {}),
  };
}

export async function refreshSubscription(deps: RefreshDeps, url: string): Promise<RefreshOutcome> {
  const { db } = deps;
  const random = deps.random ?? Math.random;
  const sub = await getSubscription(db, url);
  if (!sub) {
    return {
      url,
      status: 'failed',
      error: { lv: 'Abonements nav atrasts.', en: 'No such subscription.' },
    };
  }
  const periodMs = (await deps.refreshMinutes()) * MINUTE_MS;
  const started = deps.now();
  const hasPrevious = sub.packId !== undefined && (await getPack(db, sub.packId)) !== undefined;

  const fail = async (message: Bilingual, counted: Patch = {}): Promise<RefreshOutcome> => {
    const failures = (sub.failures ?? 0) + 1;
    const error = withKept(message, hasPrevious);
    await updateSubscription(db, url, {
      ...counted,
      lastCheckAt: started,
      lastError: error,
      failures,
      nextAttemptAt: nextAfterFailure(deps.now(), failures, periodMs, random),
    });
    return { url, status: 'failed', error, ...(sub.packId ? { packId: sub.packId } : {}) };
  };
  const succeed = async (status: RefreshStatus, patch: Patch): Promise<RefreshOutcome> => {
    const next = await updateSubscription(db, url, {
      ...patch,
      lastCheckAt: started,
      lastSuccessAt: deps.now(),
      lastError: undefined,
      failures: 0,
      nextAttemptAt: nextAfterSuccess(deps.now(), periodMs, random),
    });
    return {
      url,
      status,
      ...(next?.packId ? { packId: next.packId } : {}),
      ...(next?.version ? { version: next.version } : {}),
      ...(status === 'skipped' && next?.notice ? { notice: next.notice } : {}),
    };
  };

  if (!checkSubscriptionUrl(url).ok) return fail(text.insecure());
  const fetched = await fetchPack(deps.fetch, url, await validatorsFor(db, sub), deps.timeoutMs);
  if (fetched.kind === 'error') return fail(fetched.message);
  if (fetched.kind === 'not-modified')
    return succeed('not-modified', { notModified: (sub.notModified ?? 0) + 1 });

  // Size and depth are checked before parsing; the full validation runs in `deps.validate`.
  const read = parseJsonText(fetched.body);
  if (!read.ok) {
    const first = read.errors[0];
    return fail(read.syntax ? text.notJson(first?.en ?? '') : text.invalid(first ?? NO_DETAIL, 0));
  }
  const document = read.value;
  const id = isRecord(document) && typeof document.id === 'string' ? document.id : undefined;
  const version =
    isRecord(document) && typeof document.version === 'string' ? document.version : undefined;
  if (sub.packId && id !== undefined && id !== sub.packId)
    return fail(text.otherPack(sub.packId, id));
  if (sub.pinnedVersion && version !== undefined && version !== sub.pinnedVersion) {
    return succeed('skipped', { notice: text.pinned(sub.pinnedVersion, version) });
  }

  const signature = await verifyPackSignature(document, await deps.pinnedKeys(sub), deps.subtle);
  if (!signature.ok) return fail(signature.message);
  const signatureState: SubscriptionSignature =
    signature.status === 'verified'
      ? 'verified'
      : isRecord(document) && document.signature !== undefined
        ? 'unchecked'
        : 'unsigned';

  const previousRecord = id !== undefined ? await getPack(db, id) : undefined;
  const previous = previousRecord ? readPack(previousRecord) : null;
  const downloads = (sub.downloads ?? 0) + 1;
  const result = await importPack(db, fetched.body, {
    ...(deps.validate ? { validator: deps.validate } : {}),
    source: sub.managed ? 'policy' : 'url',
    now: deps.now(),
    origin: url,
    confirmDowngrade: sub.pinnedVersion !== undefined && version === sub.pinnedVersion,
  });
  if (!result.ok) {
    const first = result.errors[0] ?? NO_DETAIL;
    const message =
      result.reason === 'invalid'
        ? text.invalid(first, result.errors.length - 1)
        : result.reason === 'downgrade'
          ? text.downgrade(result.installedVersion ?? '?', result.incomingVersion ?? '?')
          : text.storage(first);
    return fail(message, { downloads });
  }

  const validators = {
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  };
  if (result.action === 'unchanged') {
    return succeed('unchanged', {
      ...validators,
      downloads,
      packId: result.pack.id,
      version: result.pack.version,
      notice: undefined,
      signature: signatureState,
    });
  }
  const installed = await getPack(db, result.pack.id);
  const current = installed ? readPack(installed) : null;
  const patch: Patch = {
    ...validators,
    downloads,
    packId: result.pack.id,
    version: result.pack.version,
    notice: undefined,
    signature: signatureState,
  };
  if (current) patch.lastChange = { ...diffPacks(previous, current), at: deps.now() };
  return succeed('updated', patch);
}
