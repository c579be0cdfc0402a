import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareV1 } from '../../../lib/data/schema';
import { TABLE_NAMES } from '../../../lib/data/database';
import { dumpDatabase } from '../../../lib/data/dump';
import { freshDb, IDBFactory, IDBKeyRange } from './helpers';

/** Records as the v1 schema wrote them (calls had no `outcome`). */
function v1Records(): Record<string, Array<Record<string, unknown>>> {
  const call = (
    id: string,
    contactKey: string | null,
    startedAt: number,
    endedAt: number | null,
    dropped: boolean,
  ) => ({
    id,
    startedAt,
    endedAt,
    tabId: 3,
    site: 'crm.example.lv',
    direction: 'outbound',
    contactKey,
    customerName: 'Jānis Bērziņš',
    startedByAgent: true,
    repeatOfCallId: null,
    phases: [{ phase: 'opening', at: startedAt }],
    ticks: [{ itemId: 'greet', checklist: 'opening', at: startedAt + 5, auto: true }],
    findings: 2,
    accepted: 1,
    ignored: 0,
    dropped,
    rulesVersion: 'abc',
  });
  return {
    packs: [
      {
        id: 'builtin',
        version: '1.0.0',
        name: 'B',
        source: 'builtin',
        priority: 0,
        json: '{}',
        hash: 'h',
        ruleCount: 0,
        installedAt: 1,
        updatedAt: 1,
        status: 'active',
      },
      {
        id: 'acme.sales',
        version: '2.0.0',
        name: 'A',
        source: 'file',
        priority: 5,
        json: '{}',
        hash: 'h2',
        ruleCount: 0,
        installedAt: 2,
        updatedAt: 2,
        status: 'disabled',
      },
    ],
    ruleOverrides: [{ ruleId: 'es-nezinu', enabled: false, updatedAt: 3 }],
    personalRules: [{ id: 'mine', rule: { id: 'mine' }, updatedAt: 4 }],
    personalChecklistItems: [
      {
        id: 'smile',
        checklist: 'opening',
        item: { id: 'smile', text: { lv: 'Smaids' } },
        order: 0,
        updatedAt: 5,
      },
    ],
    personalPhrases: [
      { id: 'p', phrase: { id: 'p', situation: 'closing', text: 'Visu labu!' }, updatedAt: 6 },
    ],
    calls: [
      call('c1', 'k1', 1000, 2000, false),
      call('c2', 'k1', 3000, 3100, true),
      call('c3', null, 4000, null, false),
    ],
    contacts: [
      {
        contactKey: 'k1',
        firstSeenAt: 1000,
        lastCallAt: 3000,
        lastCallId: 'c2',
        callCount: 2,
        customerName: 'Jānis',
      },
    ],
    siteSettings: [
      {
        site: 'crm.example.lv',
        enabled: false,
        sidebarOpen: true,
        sidebarWidth: 400,
        updatedAt: 7,
      },
    ],
    siteProfiles: [
      {
        id: 'demo',
        name: 'Demo',
        site: 'localhost',
        variables: [],
        channels: [],
        source: 'builtin',
        updatedAt: 8,
      },
    ],
    settings: [{ key: 'settings', value: { agentName: 'Anna', retentionDays: 30 } }],
    ruleStats: [
      {
        day: '2025-01-01',
        ruleId: 'es-nezinu',
        form: 'nezinu',
        flagged: 3,
        accepted: 1,
        ignored: 2,
      },
      { day: '2025-01-02', ruleId: 'cau', form: 'čau', flagged: 1, accepted: 0, ignored: 1 },
    ],
    meta: [{ key: 'hmacSecret', value: 'c2VjcmV0' }],
  };
}

describe('schema migration', () => {
  it('opens a database made by v1, upgrades it to v2 and keeps every record', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('laipni-migrate', { indexedDB: factory, IDBKeyRange });
    declareV1(old);
    const written = v1Records();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(written)) await old.table(table).bulkAdd(rows);
    });
    expect(old.verno).toBe(1);
    old.close();

    const db = freshDb(factory, 'laipni-migrate');
    await db.open();
    expect(db.verno).toBe(2);
    const dump = await dumpDatabase(db);
    for (const name of TABLE_NAMES) {
      const expected = (written[name] ?? []).map((row) =>
        name === 'calls'
          ? {
              ...row,
              outcome: row.endedAt === null ? 'open' : row.dropped ? 'dropped' : 'completed',
            }
          : row,
      );
      expect(dump[name], name).toEqual(expect.arrayContaining(expected));
      expect(dump[name], name).toHaveLength(expected.length);
    }
    // The new indexes answer queries over the upgraded records.
    expect((await db.calls.where('outcome').equals('dropped').toArray()).map((c) => c.id)).toEqual([
      'c2',
    ]);
    expect((await db.calls.where('outcome').equals('open').toArray()).map((c) => c.id)).toEqual([
      'c3',
    ]);
    const byRule = await db.ruleStats
      .where('[ruleId+day]')
      .between(['es-nezinu', ''], ['es-nezinu', '\uffff'])
      .toArray();
    expect(byRule).toHaveLength(1);
    db.close();
  });

  it('creates a new database directly at the current version', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    db.close();
  });
});
