import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../lib/data/backup/create';
import { restoreBackup, validateBackup } from '../../../lib/data/backup/restore';
import { endCall, startCall } from '../../../lib/data/calls';
import { computeContactKey } from '../../../lib/data/contact-key';
import type { LaipniDb } from '../../../lib/data/database';
import { dumpDatabase } from '../../../lib/data/dump';
import { importPack } from '../../../lib/data/pack-import';
import { ensureBuiltinPack } from '../../../lib/data/packs';
import {
  putPersonalChecklistItem,
  putPersonalPhrase,
  putPersonalRule,
  setRuleOverride,
} from '../../../lib/data/personal';
import { updateSettings } from '../../../lib/data/settings';
import { updateDistributionSettings } from '../../../lib/data/distribution-settings';
import { addSubscription } from '../../../lib/data/subscriptions';
import { updateSiteSettings, putSiteProfile } from '../../../lib/data/sites';
import { recordFindingEvents } from '../../../lib/data/stats';
import { bytesToBase64 } from '../../../lib/core/packs/base64';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDbsClosedAfterEach } from './helpers';

const KEY_A = bytesToBase64(new Uint8Array(32).fill(7));

const db = freshDbsClosedAfterEach();

async function populate(target: LaipniDb): Promise<void> {
  await ensureBuiltinPack(target, { ...samplePack(), id: 'laipni.builtin' }, 1);
  await importPack(target, samplePack(), { now: 2, origin: 'acme.json' });
  await setRuleOverride(target, 'cau', { enabled: false }, 3);
  await putPersonalRule(
    target,
    {
      id: 'mans',
      severity: 'info',
      match: { kind: 'phrase', phrases: ['nu'] },
      reason: { lv: 'x' },
      replacements: [],
    },
    4,
  );
  await putPersonalChecklistItem(
    target,
    'closing',
    { id: 'paldies', text: { lv: 'Paldies' } },
    0,
    5,
  );
  await putPersonalPhrase(target, { id: 'p', situation: 'closing', text: 'Visu labu!' }, 6);
  await updateSettings(target, { agentName: 'Anna', company: 'ACME' });
  await updateSiteSettings(target, 'crm.example.lv', { sidebarOpen: true }, 7);
  await putSiteProfile(target, {
    id: 'demo',
    name: 'Demo',
    site: 'localhost',
    variables: [{ variable: 'customerName', selector: '#name' }],
    channels: [{ selector: '#email', channel: 'email' }],
    source: 'user',
    updatedAt: 8,
  });
  const key = await computeContactKey(target, '26123456');
  const call = await startCall(target, {
    site: 'crm.example.lv',
    direction: 'outbound',
    contactKey: key,
    customerName: 'Jānis',
    startedByAgent: true,
    now: 9,
  });
  await endCall(target, call.id, { dropped: true, now: 10 });
  await recordFindingEvents(target, [{ ruleId: 'cau', form: 'čau', outcome: 'flagged' }], 11);
  await addSubscription(target, 'https://packs.acme.lv/sales.json', 12, { pinnedVersion: '1.2.0' });
  await updateDistributionSettings(target, { refreshMinutes: 30, pinnedKeys: [KEY_A] });
}

describe('backup and restore', () => {
  it('round-trips personal data, history, own packs, subscriptions and the contact secret', async () => {
    const source = db();
    await populate(source);
    const text = serializeBackup(await createBackup(source, 12));
    expect(JSON.parse(text)).toMatchObject({
      format: 'laipni-backup/2',
      createdAt: new Date(12).toISOString(),
    });

    const target = db();
    await ensureBuiltinPack(target, { ...samplePack(), id: 'laipni.builtin' }, 1);
    const result = await restoreBackup(target, text);
    expect(result).toMatchObject({
      ok: true,
      restored: { calls: 1, packs: 1, subscriptions: 1 },
      skippedPacks: [],
      skippedSubscriptions: [],
    });
    expect(await dumpDatabase(target)).toEqual(await dumpDatabase(source));
    // Same secret: the restored log still recognises the contact.
    expect(await computeContactKey(target, '+371 26123456')).toBe(
      await computeContactKey(source, '26123456'),
    );
  });

  it('validates first and changes nothing when the file is bad', async () => {
    const source = db();
    await populate(source);
    const backup = await createBackup(source);
    const target = db();
    await populate(target);
    const before = await dumpDatabase(target);

    const badCall = structuredClone(backup);
    (badCall.data.calls[0] as unknown as Record<string, unknown>).outcome = 'exploded';
    const r1 = await restoreBackup(target, badCall);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.errors[0]?.path).toBe('data.calls[0].outcome');

    const badPack = structuredClone(backup);
    (badPack.data.packs[0]?.pack.rules[0] as unknown as Record<string, unknown>).match = {
      kind: 'regex',
    };
    const r2 = await restoreBackup(target, badPack);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]?.path).toBe('data.packs[0].pack.rules[0].match.kind');

    // Valid records, but two calls with one id: the write fails inside the transaction.
    const duplicate = structuredClone(backup);
    duplicate.data.calls.push(structuredClone(duplicate.data.calls[0]!));
    const r3 = await restoreBackup(target, duplicate);
    expect(r3.ok).toBe(false);

    expect(await restoreBackup(target, '{"format":"laipni-backup/3"}')).toMatchObject({
      ok: false,
    });
    expect(await dumpDatabase(target)).toEqual(before);
  });

  it('does not replace built-in or policy packs from a backup', async () => {
    const source = db();
    await importPack(source, { ...samplePack(), id: 'laipni.builtin' });
    const backup = await createBackup(source);
    expect(validateBackup(backup).ok).toBe(true);
    const target = db();
    await ensureBuiltinPack(target, { ...samplePack(), id: 'laipni.builtin', version: '0.1.0' });
    const result = await restoreBackup(target, backup);
    expect(result).toMatchObject({ ok: true, skippedPacks: ['laipni.builtin'] });
    expect((await target.packs.get('laipni.builtin'))?.version).toBe('0.1.0');
  });
});
