import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../lib/data/database';
import { dumpDatabase } from '../../../lib/data/dump';
import {
  loadPersonalLayer,
  putPersonalChecklistItem,
  putPersonalRule,
  reorderPersonalChecklist,
  restoreRule,
  setRuleOverride,
} from '../../../lib/data/personal';
import { deleteAllPersonalData, purgeExpired } from '../../../lib/data/retention';
import { getSettings, updateSettings } from '../../../lib/data/settings';
import { getSiteSettings, updateSiteSettings } from '../../../lib/data/sites';
import { siteKeyOf } from '../../../lib/core/model/site';
import { dayOf, recordFindingEvents, statsByDay, statsForRule } from '../../../lib/data/stats';
import { endCall, startCall } from '../../../lib/data/calls';
import { importPack } from '../../../lib/data/pack-import';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDb } from './helpers';

let db: LaipniDb;
afterEach(() => db?.close());
const DAY = 24 * 3600_000;

describe('personal layer', () => {
  it('sets, merges and clears rule overrides; an empty override disappears', async () => {
    db = freshDb();
    await setRuleOverride(db, 'es-nezinu', { enabled: false }, 1);
    await setRuleOverride(db, 'es-nezinu', { replacements: ['Noskaidrošu'] }, 2);
    expect((await loadPersonalLayer(db)).ruleOverrides).toEqual([
      { ruleId: 'es-nezinu', enabled: false, replacements: ['Noskaidrošu'] },
    ]);
    await setRuleOverride(db, 'es-nezinu', { enabled: null, replacements: null });
    expect((await loadPersonalLayer(db)).ruleOverrides).toEqual([]);
    await setRuleOverride(db, 'cau', { enabled: false });
    await restoreRule(db, 'cau');
    expect(await db.ruleOverrides.count()).toBe(0);
  });

  it('validates what the agent writes', async () => {
    db = freshDb();
    const bad = await putPersonalRule(db, { id: 'x', severity: 'loud' });
    expect(bad.ok).toBe(false);
    const badOverride = await setRuleOverride(db, 'Not An Id', { enabled: false });
    expect(badOverride.ok).toBe(false);
    expect(await db.personalRules.count()).toBe(0);
    expect(await db.ruleOverrides.count()).toBe(0);
  });

  it('orders personal checklist items', async () => {
    db = freshDb();
    for (const id of ['a', 'b', 'c'])
      await putPersonalChecklistItem(db, 'closing', { id, text: { lv: id } });
    await reorderPersonalChecklist(db, 'closing', ['c', 'a', 'b']);
    const layer = await loadPersonalLayer(db);
    expect(
      [...layer.checklistItems].sort((x, y) => x.order - y.order).map((i) => i.item.id),
    ).toEqual(['c', 'a', 'b']);
  });
});

describe('settings and sites', () => {
  it('returns defaults until changed, and clamps retention', async () => {
    db = freshDb();
    expect(await getSettings(db)).toMatchObject({ uiLanguage: 'lv', retentionDays: 90 });
    expect(await updateSettings(db, { agentName: 'Anna', retentionDays: 0 })).toMatchObject({
      agentName: 'Anna',
      retentionDays: 1,
    });
    expect((await getSettings(db)).agentName).toBe('Anna');
  });

  it('is on by default per site and remembers the sidebar', async () => {
    db = freshDb();
    expect(siteKeyOf('https://CRM.Example.lv/deals/1')).toBe('crm.example.lv');
    expect(await getSiteSettings(db, 'crm.example.lv')).toMatchObject({
      enabled: true,
      sidebarOpen: false,
    });
    await updateSiteSettings(db, 'crm.example.lv', { enabled: false, sidebarWidth: 5000 });
    expect(await getSiteSettings(db, 'crm.example.lv')).toMatchObject({
      enabled: false,
      sidebarWidth: 1200,
    });
  });
});

describe('statistics', () => {
  it('adds counters per day, rule and form, never text', async () => {
    db = freshDb();
    const now = new Date(2025, 0, 15, 12).getTime();
    await recordFindingEvents(
      db,
      [
        { ruleId: 'es-nezinu', form: 'Nezinu', outcome: 'flagged' },
        { ruleId: 'es-nezinu', form: 'nezinu', outcome: 'accepted' },
        { ruleId: 'cau', form: 'čau', outcome: 'flagged' },
      ],
      now,
    );
    await recordFindingEvents(
      db,
      [{ ruleId: 'es-nezinu', form: 'nezinu', outcome: 'ignored' }],
      now,
    );
    expect(await statsByDay(db, '2025-01-15', '2025-01-15')).toEqual([
      { day: '2025-01-15', ruleId: 'cau', form: 'čau', flagged: 1, accepted: 0, ignored: 0 },
      {
        day: '2025-01-15',
        ruleId: 'es-nezinu',
        form: 'nezinu',
        flagged: 1,
        accepted: 1,
        ignored: 1,
      },
    ]);
    expect(await statsForRule(db, 'cau')).toHaveLength(1);
  });
});

describe('retention and delete-all', () => {
  it('purges calls, contacts and stats older than N days, keeping an open call', async () => {
    db = freshDb();
    const now = new Date(2025, 5, 1, 12).getTime();
    const old = await startCall(db, {
      site: 's',
      direction: 'inbound',
      contactKey: 'old',
      startedByAgent: false,
      now: now - 100 * DAY,
    });
    await endCall(db, old.id, { now: now - 100 * DAY + 1 });
    const recent = await startCall(db, {
      site: 's',
      direction: 'inbound',
      contactKey: 'new',
      startedByAgent: false,
      now: now - 10 * DAY,
    });
    await endCall(db, recent.id, { now: now - 10 * DAY + 1 });
    await db.calls.put({
      ...recent,
      id: 'open-old',
      startedAt: now - 200 * DAY,
      endedAt: null,
      outcome: 'open',
      contactKey: null,
    });
    await recordFindingEvents(db, [{ ruleId: 'r', form: 'f', outcome: 'flagged' }], now - 91 * DAY);
    await recordFindingEvents(db, [{ ruleId: 'r', form: 'f', outcome: 'flagged' }], now - 89 * DAY);
    expect(await purgeExpired(db, 90, now)).toEqual({ calls: 1, contacts: 1, stats: 1 });
    expect((await db.calls.toArray()).map((c) => c.id).sort()).toEqual(
      ['open-old', recent.id].sort(),
    );
    expect((await db.ruleStats.toArray()).map((s) => s.day)).toEqual([dayOf(now - 89 * DAY)]);
  });

  it('deletes all personal data and history but keeps installed packs', async () => {
    db = freshDb();
    await importPack(db, samplePack());
    await setRuleOverride(db, 'cau', { enabled: false });
    await startCall(db, {
      site: 's',
      direction: 'inbound',
      contactKey: 'k',
      startedByAgent: false,
    });
    await updateSettings(db, { agentName: 'Anna' });
    await recordFindingEvents(db, [{ ruleId: 'cau', form: 'čau', outcome: 'flagged' }]);
    await deleteAllPersonalData(db);
    const dump = await dumpDatabase(db);
    expect(dump.packs).toHaveLength(1);
    for (const [name, rows] of Object.entries(dump))
      if (name !== 'packs' && name !== 'meta') expect(rows, name).toEqual([]);
  });
});
