import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../lib/data/backup/create';
import type { BackupFile } from '../../../lib/data/backup/format';
import { restoreBackup } from '../../../lib/data/backup/restore';
import type { LaipniDb } from '../../../lib/data/database';
import {
  getDistributionSettings,
  updateDistributionSettings,
} from '../../../lib/data/distribution-settings';
import { dumpDatabase } from '../../../lib/data/dump';
import { importPack } from '../../../lib/data/pack-import';
import { getPolicyState, putPolicyState } from '../../../lib/data/policy-state';
import {
  addSubscription,
  listSubscriptions,
  updateSubscription,
} from '../../../lib/data/subscriptions';
import { bytesToBase64 } from '../../../lib/core/packs/base64';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDbsClosedAfterEach } from './helpers';

/** Subscriptions and pinned keys in a full backup (`laipni-backup/2`), and what stays out. */

const key = (fill: number) => bytesToBase64(new Uint8Array(32).fill(fill));
const OWN = 'https://packs.acme.lv/sales.json';
const PINNED = 'https://packs.acme.lv/old.json';
const MANAGED = 'https://policy.acme.lv/company.json';
const POLICY_KEY = key(9);

const db = freshDbsClosedAfterEach();

/** An agent with two own subscriptions (one refreshed, one pinned), one company one, keys. */
async function agent(target: LaipniDb): Promise<void> {
  await importPack(target, samplePack(), { source: 'url', origin: OWN, now: 1 });
  await addSubscription(target, OWN, 2);
  await updateSubscription(target, OWN, {
    packId: 'acme.sales',
    version: '1.2.0',
    lastCheckAt: 5,
    lastSuccessAt: 5,
    etag: '"abc"',
    lastModified: 'Tue, 01 Jul 2025 10:00:00 GMT',
    failures: 0,
    nextAttemptAt: 3_600_005,
    downloads: 4,
    notModified: 2,
  });
  await addSubscription(target, PINNED, 3, {
    pinnedVersion: '1.0.0',
    pinnedKeys: [key(3)],
    teamName: 'Rīgas komanda',
  });
  await updateSubscription(target, PINNED, {
    lastError: { lv: 'Serveris neatbild.', en: 'The server does not answer.' },
    failures: 3,
  });
  await addSubscription(target, MANAGED, 4, { managed: true });
  await updateDistributionSettings(target, { refreshMinutes: 30, pinnedKeys: [key(1), key(2)] });
  await putPolicyState(target, {
    source: 'managed',
    appliedAt: 4,
    policy: { packUrls: [MANAGED], publicKeys: [POLICY_KEY] },
    managed: ['packUrls', 'publicKeys'],
    problems: [],
    inlinePackIds: [],
  });
}

async function backupOf(source: LaipniDb): Promise<BackupFile> {
  return JSON.parse(serializeBackup(await createBackup(source, 10))) as BackupFile;
}

describe('backups carry the agent’s subscriptions and pinned keys', () => {
  it('backup → wipe → restore brings them back, without the refresh state', async () => {
    const source = db();
    await agent(source);
    const text = serializeBackup(await createBackup(source, 10));
    await source.delete();

    const target = db();
    const result = await restoreBackup(target, text);
    expect(result).toMatchObject({
      ok: true,
      restored: { subscriptions: 2, packs: 1 },
      skippedSubscriptions: [],
    });
    // What the agent chose comes back; the new computer downloads and checks each pack again.
    expect(await listSubscriptions(target)).toEqual([
      { url: OWN, addedAt: 2, packId: 'acme.sales', version: '1.2.0' },
      {
        url: PINNED,
        addedAt: 3,
        pinnedVersion: '1.0.0',
        pinnedKeys: [key(3)],
        teamName: 'Rīgas komanda',
      },
    ]);
    expect(await getDistributionSettings(target)).toEqual({
      refreshMinutes: 30,
      pinnedKeys: [key(1), key(2)],
    });
  });

  it('leaves out what company policy manages', async () => {
    const source = db();
    await agent(source);
    const backup = await backupOf(source);
    const text = JSON.stringify(backup);
    expect(backup.data.distribution?.subscriptions.map((s) => s.url)).toEqual([OWN, PINNED]);
    expect(text).not.toContain(MANAGED);
    expect(text).not.toContain(POLICY_KEY);

    const target = db();
    expect((await restoreBackup(target, backup)).ok).toBe(true);
    expect(await getPolicyState(target)).toBeNull();
    expect((await listSubscriptions(target)).some((s) => s.managed)).toBe(false);
  });

  it('replaces the own subscriptions and keys of the computer, keeping its managed ones', async () => {
    const source = db();
    await agent(source);
    const backup = await backupOf(source);

    const target = db();
    await addSubscription(target, 'https://elsewhere.lv/mine.json', 1);
    await addSubscription(target, OWN, 1, { managed: true });
    await updateDistributionSettings(target, { pinnedKeys: [key(5)] });
    const result = await restoreBackup(target, backup);
    expect(result).toMatchObject({
      ok: true,
      restored: { subscriptions: 1 },
      skippedSubscriptions: [OWN],
    });
    expect(await listSubscriptions(target)).toEqual([
      { url: OWN, addedAt: 1, managed: true },
      {
        url: PINNED,
        addedAt: 3,
        pinnedVersion: '1.0.0',
        pinnedKeys: [key(3)],
        teamName: 'Rīgas komanda',
      },
    ]);
    expect((await getDistributionSettings(target)).pinnedKeys).toEqual([key(1), key(2)]);
  });

  it('refuses a malformed subscription or key with a bilingual error and changes nothing', async () => {
    const source = db();
    await agent(source);
    const backup = await backupOf(source);
    const target = db();
    await addSubscription(target, 'https://elsewhere.lv/mine.json', 1);
    await updateDistributionSettings(target, { pinnedKeys: [key(5)] });
    const before = await dumpDatabase(target);

    const cases: Array<[string, (b: BackupFile) => void]> = [
      [
        'data.distribution.subscriptions[0].url',
        (b) => {
          b.data.distribution!.subscriptions[0]!.url = 'ftp://packs.acme.lv/sales.json';
        },
      ],
      [
        'data.distribution.subscriptions[1].url',
        (b) => {
          b.data.distribution!.subscriptions[1]!.url = OWN;
        },
      ],
      [
        'data.distribution.subscriptions[0].version',
        (b) => {
          b.data.distribution!.subscriptions[0]!.version = 'latest';
        },
      ],
      [
        'data.distribution.subscriptions[0].etag',
        (b) => {
          (b.data.distribution!.subscriptions[0] as unknown as Record<string, unknown>).etag = 'x';
        },
      ],
      [
        'data.distribution.subscriptions[1].addedAt',
        (b) => {
          delete (b.data.distribution!.subscriptions[1] as Partial<{ addedAt: number }>).addedAt;
        },
      ],
      [
        'data.distribution.pinnedKeys[1]',
        (b) => {
          b.data.distribution!.pinnedKeys[1] = 'bm90IGEga2V5';
        },
      ],
      [
        'data.distribution.refreshMinutes',
        (b) => {
          b.data.distribution!.refreshMinutes = 1;
        },
      ],
      [
        'data.distribution',
        (b) => {
          delete b.data.distribution;
        },
      ],
    ];
    for (const [path, spoil] of cases) {
      const bad = structuredClone(backup);
      spoil(bad);
      const result = await restoreBackup(target, JSON.stringify(bad));
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      const found = result.errors.find((e) => e.path === path);
      expect(found, `${path}: ${JSON.stringify(result.errors)}`).toBeDefined();
      expect(found!.lv).not.toBe('');
      expect(found!.en).not.toBe('');
      expect(found!.lv).not.toBe(found!.en);
    }
    expect(await dumpDatabase(target)).toEqual(before);
  });

  it('says which address and key are wrong in both languages', async () => {
    const source = db();
    await agent(source);
    const bad = await backupOf(source);
    bad.data.distribution!.subscriptions[0]!.url = 'http://packs.acme.lv/sales.json';
    bad.data.distribution!.pinnedKeys[0] = 'bm90IGEga2V5';
    const result = await restoreBackup(db(), bad);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'data.distribution.subscriptions[0].url',
          lv: 'Abonementa adresei jāsākas ar https:// (http:// der tikai šajā datorā, localhost).',
          en: 'A subscription address must start with https:// (http:// only on this computer, localhost).',
        },
        {
          path: 'data.distribution.pinnedKeys[0]',
          lv: 'Tā nav Ed25519 publiskā atslēga (32 baiti base64 kodējumā).',
          en: 'This is not an Ed25519 public key (32 bytes in base64).',
        },
      ],
    });
  });

  it('still restores an old laipni-backup/1 file, leaving subscriptions and keys as they are', async () => {
    const source = db();
    await agent(source);
    const backup = await backupOf(source);
    delete backup.data.distribution;
    const old = { ...backup, format: 'laipni-backup/1' };

    const target = db();
    await addSubscription(target, 'https://elsewhere.lv/mine.json', 1);
    await updateDistributionSettings(target, { pinnedKeys: [key(5)] });
    const result = await restoreBackup(target, JSON.stringify(old));
    expect(result).toMatchObject({ ok: true, restored: { packs: 1 }, skippedSubscriptions: [] });
    if (result.ok) expect(result.restored.subscriptions).toBeUndefined();
    expect((await listSubscriptions(target)).map((s) => s.url)).toEqual([
      'https://elsewhere.lv/mine.json',
    ]);
    expect((await getDistributionSettings(target)).pinnedKeys).toEqual([key(5)]);
    // A /1 file with a distribution part is not a /1 file.
    const mixed = { ...old, data: { ...old.data, distribution: { subscriptions: [] } } };
    expect((await restoreBackup(target, mixed)).ok).toBe(false);
  });

  it('names an unknown backup format in both languages', async () => {
    const result = await restoreBackup(db(), {
      format: 'laipni-backup/9',
      createdAt: 'x',
      data: {},
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'format',
          lv: 'Nezināms rezerves kopijas formāts "laipni-backup/9"; Laipni lasa: laipni-backup/1, laipni-backup/2.',
          en: 'Unknown backup format "laipni-backup/9"; Laipni reads: laipni-backup/1, laipni-backup/2.',
        },
      ],
    });
  });
});
