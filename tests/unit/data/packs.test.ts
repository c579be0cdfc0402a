import { afterEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../lib/data/dump';
import { exportInstalledPack, importPack } from '../../../lib/data/pack-import';
import {
  ensureBuiltinPack,
  listPacks,
  readPack,
  removePack,
  setPackPriority,
} from '../../../lib/data/packs';
import { exportPersonalPack } from '../../../lib/data/personal-export';
import {
  putPersonalChecklistItem,
  putPersonalPhrase,
  putPersonalRule,
  setRuleOverride,
} from '../../../lib/data/personal';
import { validatePack } from '../../../lib/core/packs/validate';
import type { LaipniDb } from '../../../lib/data/database';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDb } from './helpers';

let db: LaipniDb;
afterEach(() => db?.close());

const withVersion = (version: string, extra: object = {}) => ({
  ...samplePack(),
  version,
  ...extra,
});

describe('pack import', () => {
  it('installs a valid pack from JSON text with its metadata', async () => {
    db = freshDb();
    const result = await importPack(db, JSON.stringify(samplePack()), {
      origin: 'acme.json',
      now: 1000,
    });
    expect(result).toMatchObject({
      ok: true,
      action: 'install',
      pack: {
        id: 'acme.sales',
        version: '1.2.0',
        source: 'file',
        priority: 10,
        ruleCount: 11,
        installedAt: 1000,
        status: 'active',
        origin: 'acme.json',
      },
    });
    const [record] = await listPacks(db);
    expect(record && readPack(record)).toEqual(samplePack());
  });

  it('keeps the higher version unless a downgrade is confirmed', async () => {
    db = freshDb();
    await importPack(db, withVersion('1.2.0'), { now: 1 });
    expect(await importPack(db, withVersion('1.3.0'), { now: 2 })).toMatchObject({
      ok: true,
      action: 'upgrade',
      previousVersion: '1.2.0',
    });
    const before = await dumpDatabase(db);
    const refused = await importPack(db, withVersion('1.1.0'), { now: 3 });
    expect(refused).toMatchObject({
      ok: false,
      reason: 'downgrade',
      installedVersion: '1.3.0',
      incomingVersion: '1.1.0',
    });
    expect(await dumpDatabase(db)).toEqual(before);
    expect(
      await importPack(db, withVersion('1.1.0'), { confirmDowngrade: true, now: 4 }),
    ).toMatchObject({ ok: true, action: 'downgrade' });
    expect((await listPacks(db))[0]).toMatchObject({
      version: '1.1.0',
      installedAt: 1,
      updatedAt: 4,
    });
  });

  it('reports an identical re-import as unchanged and a same-version change as reinstall', async () => {
    db = freshDb();
    await importPack(db, samplePack(), { now: 1 });
    expect(await importPack(db, samplePack(), { now: 2 })).toMatchObject({
      ok: true,
      action: 'unchanged',
    });
    expect((await listPacks(db))[0]?.updatedAt).toBe(1);
    expect(await importPack(db, withVersion('1.2.0', { name: 'Cits' }), { now: 3 })).toMatchObject({
      ok: true,
      action: 'reinstall',
    });
  });

  it('changes nothing for an invalid pack and returns every error', async () => {
    db = freshDb();
    await importPack(db, samplePack());
    const before = await dumpDatabase(db);
    const bad = { ...withVersion('2.0.0'), rules: [{ id: 'x' }] };
    const result = await importPack(db, bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('invalid');
      expect(result.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['rules[0].severity', 'rules[0].match', 'rules[0].reason']),
      );
    }
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses to replace policy and built-in packs from a file', async () => {
    db = freshDb();
    await importPack(db, samplePack(), { source: 'policy' });
    expect(await importPack(db, withVersion('9.0.0'))).toMatchObject({
      ok: false,
      reason: 'managed',
    });
    await ensureBuiltinPack(db, { ...samplePack(), id: 'laipni.builtin' });
    expect(await importPack(db, { ...withVersion('9.0.0'), id: 'laipni.builtin' })).toMatchObject({
      ok: false,
      reason: 'builtin',
    });
    expect(await removePack(db, 'laipni.builtin')).toBe(false);
  });

  it('keeps a priority the person set across updates', async () => {
    db = freshDb();
    await importPack(db, samplePack());
    await setPackPriority(db, 'acme.sales', 50);
    await importPack(db, withVersion('1.5.0'));
    expect((await listPacks(db))[0]?.priority).toBe(50);
  });

  it('replaces the built-in pack only when its content changes', async () => {
    db = freshDb();
    const builtin = { ...samplePack(), id: 'laipni.builtin' };
    expect(await ensureBuiltinPack(db, builtin, 1)).toBe(true);
    expect(await ensureBuiltinPack(db, builtin, 2)).toBe(false);
    expect(await ensureBuiltinPack(db, { ...builtin, version: '1.0.0' }, 3)).toBe(true);
    expect((await listPacks(db)).map((p) => [p.id, p.version, p.installedAt])).toEqual([
      ['laipni.builtin', '1.0.0', 1],
    ]);
  });
});

describe('pack export', () => {
  it('exports an installed pack that validates to the same pack', async () => {
    db = freshDb();
    await importPack(db, samplePack());
    const text = await exportInstalledPack(db, 'acme.sales');
    expect(text?.endsWith('\n')).toBe(true);
    const again = validatePack(text);
    expect(again.ok && again.pack).toEqual(samplePack());
    expect(await exportInstalledPack(db, 'missing')).toBeNull();
  });

  it('exports personal rules, edited suggestions, checklist items and phrases as a valid pack', async () => {
    db = freshDb();
    await importPack(db, samplePack());
    await putPersonalRule(db, {
      id: 'mans-noteikums',
      severity: 'info',
      match: { kind: 'phrase', phrases: ['nu'] },
      reason: { lv: 'Lieks vārds.' },
      replacements: [''],
    });
    await setRuleOverride(db, 'nevaram', { replacements: ['Mēs varam piedāvāt citu risinājumu.'] });
    await setRuleOverride(db, 'ne', { enabled: false });
    await putPersonalChecklistItem(db, 'closing', { id: 'paldies', text: { lv: 'Pateicos' } });
    await putPersonalPhrase(db, { id: 'atvadas', situation: 'closing', text: 'Jauku dienu!' });
    const pack = await exportPersonalPack(db, {
      id: 'anna.personal',
      name: 'Annas frāzes',
      author: 'Anna',
      version: '0.1.0',
    });
    expect(validatePack(pack).ok).toBe(true);
    expect(pack.rules.map((r) => r.id)).toEqual(['mans-noteikums', 'nevaram']);
    expect(pack.rules[1]?.replacements).toEqual(['Mēs varam piedāvāt citu risinājumu.']);
    expect(pack.checklists?.closing?.[0]?.id).toBe('paldies');
    expect(pack.phrases?.[0]?.id).toBe('atvadas');
  });
});
