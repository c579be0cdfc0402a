import { afterEach, describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../../lib/background/data-handlers';
import { createRuleSetService, type RuleSetService } from '../../../lib/background/rule-set';
import { getActiveCall, startCall } from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import { importPack } from '../../../lib/data/pack-import';
import { ensureBuiltinPack, setPackStatus } from '../../../lib/data/packs';
import { putPersonalChecklistItem, setRuleOverride } from '../../../lib/data/personal';
import type { LayeringResult } from '../../../lib/core/packs/layering';
import type { HandlerContext } from '../../../lib/protocol/transport/router';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDb } from '../data/helpers';

let db: LaipniDb;
let service: RuleSetService;
afterEach(() => {
  service?.stop();
  db?.close();
});

const builtin = { ...samplePack(), id: 'laipni.builtin', locked: [], priority: 0 };
/** A content script in the top frame of tab 7, on site `s`, where the tests' calls run. */
const ctx: HandlerContext = {
  sender: { tab: { id: 7, url: 'https://s/' }, url: 'https://s/', frameId: 0 },
  role: 'content-script',
};

/** Resolves with the next version the service announces. */
function nextChange(s: RuleSetService): Promise<LayeringResult> {
  return new Promise((resolve) => {
    const off = s.onChange((result) => {
      off();
      resolve(result);
    });
  });
}

async function start(): Promise<LayeringResult> {
  db = freshDb();
  await ensureBuiltinPack(db, builtin, 1);
  service = createRuleSetService(db);
  return service.current();
}

describe('rule-set service', () => {
  it('computes the effective set from the database', async () => {
    const first = await start();
    expect(first.pack.rules.map((r) => r.id)).not.toContain('jus-capitalization');
    expect(first.report.packs.map((p) => p.id)).toEqual(['laipni.builtin']);
  });

  it('recomputes when packs or personal data change, with a new version each time', async () => {
    const first = await start();
    const afterOverride = nextChange(service);
    await setRuleOverride(db, 'cau', { enabled: false });
    const second = await afterOverride;
    expect(second.version).not.toBe(first.version);
    expect(second.pack.rules.map((r) => r.id)).not.toContain('cau');

    const afterImport = nextChange(service);
    await importPack(db, {
      ...samplePack(),
      rules: [{ ...samplePack().rules[0]!, replacements: ['Team'] }],
    });
    const third = await afterImport;
    expect(third.report.rules.find((r) => r.ruleId === 'es-nezinu')?.packId).toBe('acme.sales');

    const afterDisable = nextChange(service);
    await setPackStatus(db, 'acme.sales', 'disabled');
    expect((await afterDisable).version).toBe(second.version);
  });

  it('applies policy locks on request', async () => {
    await start();
    await setRuleOverride(db, 'cau', { enabled: false });
    await expect
      .poll(async () => (await service.current()).pack.rules.some((r) => r.id === 'cau'))
      .toBe(false);
    const changed = nextChange(service);
    service.setPolicy({ lockedRuleIds: ['cau'] });
    const result = await changed;
    expect(result.pack.rules.find((r) => r.id === 'cau')?.locked).toBe(true);
    expect(result.report.blocked).toEqual([
      { ruleId: 'cau', change: 'disable', lockedBy: ['policy'] },
    ]);
  });
});

describe('data handlers', () => {
  it('answers get-rules with the pack, or unchanged for a known version', async () => {
    const first = await start();
    const h = createDataHandlers(db, service);
    // Frames check text; the scripts stay with the sidebar.
    const forFrames = { ...first.pack };
    delete forFrames.scripts;
    expect(await h['data:get-rules']({}, ctx)).toEqual({ version: first.version, pack: forFrames });
    expect(await h['data:get-rules']({ knownVersion: first.version }, ctx)).toEqual({
      version: first.version,
      unchanged: true,
    });
  });

  it('gives each frame the rules of its tab’s site (host or site profile), versioned per set', async () => {
    await start();
    // Two copies of one rule: without examples, which only the first copy would flag.
    const base = { ...samplePack().rules[0]! };
    delete base.examples;
    const scoped = {
      ...samplePack(),
      id: 'team.sites',
      rules: [
        { ...base, id: 'mail-only', sites: { hosts: ['mail.acme.lv'] } },
        { ...base, id: 'desk-only', sites: { profiles: ['desk'] } },
      ],
    };
    const changed = nextChange(service);
    const imported = await importPack(db, scoped);
    expect(imported.ok ? [] : imported.errors).toEqual([]);
    const full = await changed;
    await db.siteProfiles.put({
      id: 'desk',
      name: 'Desk',
      site: 'desk.acme.lv',
      pathPrefix: '/tickets/',
      variables: [],
      channels: [],
      source: 'user',
      updatedAt: 1,
    });
    const h = createDataHandlers(db, service);
    const frameOn = (url: string): HandlerContext => ({
      sender: { tab: { id: 7, url }, url: 'https://editor.cdn.lv/frame.html', frameId: 3 },
      role: 'content-script',
    });
    const ids = async (url: string, knownVersion?: string) => {
      const reply = await h['data:get-rules'](
        { ...(knownVersion ? { knownVersion } : {}) },
        frameOn(url),
      );
      return reply;
    };
    const mail = await ids('https://mail.acme.lv/inbox');
    const desk = await ids('https://desk.acme.lv/tickets/5');
    const deskElsewhere = await ids('https://desk.acme.lv/reports');
    const names = (r: typeof mail) => ('pack' in r ? r.pack.rules.map((x) => x.id) : null);
    expect(names(mail)).toContain('mail-only');
    expect(names(mail)).not.toContain('desk-only');
    expect(names(desk)).toContain('desk-only');
    expect(names(desk)).not.toContain('mail-only');
    expect(names(deskElsewhere)).not.toContain('desk-only');
    expect(full.pack.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['mail-only', 'desk-only']),
    );
    // Each distinct set has its own version; a frame that knows it gets `unchanged`.
    expect(new Set([mail.version, desk.version, deskElsewhere.version, full.version]).size).toBe(4);
    expect(await ids('https://mail.acme.lv/other', mail.version)).toEqual({
      version: mail.version,
      unchanged: true,
    });
  });

  it('records finding counters for known rules into stats and the running call', async () => {
    await start();
    const h = createDataHandlers(db, service, () => new Date(2025, 0, 2, 10).getTime());
    await startCall(db, { site: 's', tabId: 7, direction: 'inbound', startedByAgent: false });
    const reply = await h['data:report-findings'](
      {
        events: [
          { ruleId: 'es-nezinu', form: 'nezinu', outcome: 'flagged' },
          { ruleId: 'es-nezinu', form: 'nezinu', outcome: 'accepted' },
          { ruleId: 'invented-rule', form: 'x', outcome: 'flagged' },
        ],
      },
      ctx,
    );
    expect(reply).toEqual({ recorded: 2 });
    expect(await db.ruleStats.toArray()).toEqual([
      {
        day: '2025-01-02',
        ruleId: 'es-nezinu',
        form: 'nezinu',
        flagged: 1,
        accepted: 1,
        ignored: 0,
      },
    ]);
    expect(await getActiveCall(db)).toMatchObject({ findings: 1, accepted: 1, ignored: 0 });
  });

  it('ticks checklist items of the effective set (pack and personal) on the running call only', async () => {
    await start();
    const h = createDataHandlers(db, service);
    expect(await h['data:checklist-hit']({ itemId: 'greet', checklist: 'opening' }, ctx)).toEqual({
      ticked: false,
    });
    await startCall(db, { site: 's', tabId: 7, direction: 'inbound', startedByAgent: false });
    expect(await h['data:checklist-hit']({ itemId: 'greet', checklist: 'opening' }, ctx)).toEqual({
      ticked: true,
    });
    expect(await h['data:checklist-hit']({ itemId: 'made-up', checklist: 'opening' }, ctx)).toEqual(
      { ticked: false },
    );
    const changed = nextChange(service);
    await putPersonalChecklistItem(db, 'closing', { id: 'paldies', text: { lv: 'Paldies' } });
    await changed;
    expect(await h['data:checklist-hit']({ itemId: 'paldies', checklist: 'closing' }, ctx)).toEqual(
      { ticked: true },
    );
    expect((await getActiveCall(db))?.ticks.map((t) => t.itemId)).toEqual(['greet', 'paldies']);
  });

  it.each([
    ['another tab', { tab: { id: 8, url: 'https://s/' }, url: 'https://s/', frameId: 0 }],
    [
      'a third-party frame in the call tab',
      { tab: { id: 7, url: 'https://s/' }, url: 'https://widget.example/', frameId: 3 },
    ],
    ['a tab that moved to another site', { tab: { id: 7, url: 'https://x/' }, url: 'https://x/' }],
  ])('ignores checklist hits and call counters from %s', async (_, sender) => {
    await start();
    const h = createDataHandlers(db, service);
    await startCall(db, { site: 's', tabId: 7, direction: 'inbound', startedByAgent: false });
    const other: HandlerContext = { sender, role: 'content-script' };
    expect(await h['data:checklist-hit']({ itemId: 'greet', checklist: 'opening' }, other)).toEqual(
      { ticked: false },
    );
    await h['data:report-findings'](
      { events: [{ ruleId: 'es-nezinu', form: 'nezinu', outcome: 'flagged' }] },
      other,
    );
    const call = await getActiveCall(db);
    expect(call).toMatchObject({ findings: 0, ticks: [] });
    expect(call?.phases.map((p) => p.phase)).toEqual(['opening']);
  });
});
