import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createActivityExportService,
  NO_DOWNLOADS_PERMISSION,
  type ActivityExportDeps,
} from '../../../../lib/background/activity/export-service';
import { activityForDay } from '../../../../lib/data/activity-day';
import type { CompanyPolicy } from '../../../../lib/core/model/policy';
import { parseActivity } from '../../../../lib/core/report/activity';
import {
  getActivityState,
  setPersonalExport,
  updateActivityState,
  updatePersonalDelivery,
} from '../../../../lib/data/activity-export';
import type { LaipniDb } from '../../../../lib/data/database';
import { samplePack } from '../../../fixtures/sample-pack';
import { freshDb } from '../../data/helpers';
import { SECRETS, withTeamPack, workDay } from './fixtures';

const DAY1 = '2026-03-02';
const DAY2 = '2026-03-03';
const noon = (day: string) => new Date(`${day}T12:00:00`).getTime();

let db: LaipniDb;
let server: Server | undefined;
afterEach(async () => {
  db?.close();
  if (server) await new Promise((done) => server?.close(done));
  server = undefined;
});

/** A static store that refuses the first `failFirst` PUTs (503), then keeps what it is given. */
async function store(failFirst: number) {
  const files = new Map<string, string>();
  const log: Array<{ path: string; status: number; authorization?: string }> = [];
  let refused = 0;
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const status = request.method !== 'PUT' ? 405 : refused++ < failFirst ? 503 : 201;
      if (status === 201) files.set(request.url ?? '', body);
      const authorization = request.headers.authorization;
      log.push({ path: request.url ?? '', status, ...(authorization ? { authorization } : {}) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/exports`, files, log };
}

function deps(policy: CompanyPolicy, clock: { now: number }): ActivityExportDeps {
  return {
    db,
    fetch: (url, init) => fetch(url, init),
    now: () => clock.now,
    policy: () => policy,
    checklists: async () => samplePack().checklists ?? {},
    extensionVersion: '0.1.0',
    random: () => 0.5,
  };
}

const noAlarms = { schedule: () => {}, onAlarm: () => () => {} };

describe('activity export', () => {
  it('the file holds counts only: no phrase form, customer name, contact key or site', async () => {
    db = freshDb();
    await withTeamPack(db);
    await workDay(db, noon(DAY1));
    const file = await activityForDay(
      db,
      DAY1,
      { agentId: 'agent-7', team: 'riga' },
      samplePack().checklists ?? {},
      noon(DAY2),
      '0.1.0',
    );
    expect(file).not.toBeNull();
    expect(parseActivity(JSON.stringify(file))).toMatchObject({ ok: true });
    expect(file).toMatchObject({
      agentId: 'agent-7',
      team: 'riga',
      day: DAY1,
      packs: expect.arrayContaining([{ id: 'acme.sales', version: '1.2.0' }]),
      calls: { count: 2, dropped: 1, inbound: 1, outbound: 1, totalMs: 8 * 60_000 },
    });
    expect(file?.rules).toEqual(
      expect.arrayContaining([
        { ruleId: 'es-nezinu', flagged: 1, accepted: 1, ignored: 0 },
        { ruleId: 'nevaram', flagged: 1, accepted: 0, ignored: 1 },
      ]),
    );
    expect(file?.checklist).toContainEqual(
      expect.objectContaining({ checklist: 'opening', itemId: 'greet', done: 1, missed: 1 }),
    );
    // Rule ids are the packs' public ids (one is «es-nezinu»): they must be exactly the rules',
    // and everything else in the file must hold none of the day's words.
    const ruleIds = new Set(samplePack().rules.map((r) => r.id));
    for (const row of file?.rules ?? []) expect(ruleIds.has(row.ruleId)).toBe(true);
    const text = JSON.stringify({
      ...file,
      rules: file?.rules.map((r) => ({ ...r, ruleId: '' })),
    }).toLowerCase();
    for (const secret of [
      SECRETS.customerName,
      SECRETS.contactKey,
      SECRETS.site,
      'acme.json',
      ...SECRETS.forms,
    ])
      expect(text).not.toContain(secret.toLowerCase());
    // Nor any phrase of the packs' rules, nor their reasons or suggestions.
    for (const rule of samplePack().rules) {
      const phrases = 'phrases' in rule.match ? (rule.match.phrases as unknown as string[]) : [];
      for (const phrase of [...phrases, ...rule.replacements, rule.reason.lv, rule.reason.en])
        if (typeof phrase === 'string' && phrase.length > 3)
          expect(text).not.toContain(phrase.toLowerCase());
    }
    // A day with nothing in it sends no file.
    expect(
      await activityForDay(db, '2026-03-01', { agentId: 'a' }, {}, noon(DAY2), '0.1.0'),
    ).toBeNull();
  });

  it('sends nothing without the policy’s URL', async () => {
    db = freshDb();
    await workDay(db, noon(DAY1));
    const clock = { now: noon(DAY2) };
    const service = createActivityExportService(deps({}, clock), noAlarms);
    expect(await service.runDue()).toEqual([]);
    expect((await getActivityState(db)).sinceDay).toBeUndefined();
    service.stop();
  });

  it('a failed upload is retried with backoff and no day is lost; days go in order', async () => {
    db = freshDb();
    const target = await store(2);
    const policy: CompanyPolicy = { activityExportUrl: target.url, activityAgentId: 'anna.k' };
    await workDay(db, noon(DAY1));
    await workDay(db, noon(DAY2));
    await updateActivityState(db, { sinceDay: DAY1 });
    const clock = { now: noon('2026-03-04') };
    const service = createActivityExportService(deps(policy, clock), noAlarms);

    // First try: the server answers 503; DAY1 stays first in line, nothing later is sent.
    expect(await service.runDue()).toEqual([]);
    let state = await getActivityState(db);
    expect(state).toMatchObject({ failures: 1, lastError: { en: expect.stringContaining(DAY1) } });
    expect(state.lastSentDay).toBeUndefined();
    const firstRetry = state.nextAttemptAt ?? 0;
    expect(firstRetry - clock.now).toBe(60_000);
    // Not yet due: nothing is tried.
    expect(await service.runDue()).toEqual([]);
    expect(target.log).toHaveLength(1);

    // Second try fails again: the wait doubles.
    clock.now = firstRetry;
    expect(await service.runDue()).toEqual([]);
    state = await getActivityState(db);
    expect((state.nextAttemptAt ?? 0) - clock.now).toBe(120_000);

    // Third: accepted, both days in order, each at <url>/<agentId>/<day>.json.
    clock.now = state.nextAttemptAt ?? 0;
    expect(await service.runDue()).toEqual([DAY1, DAY2]);
    expect(target.log.map((l) => l.status)).toEqual([503, 503, 201, 201]);
    expect([...target.files.keys()]).toEqual([
      `/exports/anna.k/${DAY1}.json`,
      `/exports/anna.k/${DAY2}.json`,
    ]);
    for (const body of target.files.values())
      expect(parseActivity(body)).toMatchObject({ ok: true, activity: { agentId: 'anna.k' } });
    state = await getActivityState(db);
    expect(state).toMatchObject({ lastSentDay: DAY2, failures: 0, lastSentAt: clock.now });
    expect(state.lastError).toBeUndefined();

    // Today is not over: nothing more until tomorrow.
    expect(await service.runDue()).toEqual([]);
    service.stop();

    // Turned off, then on again a day later: the days while it was off are never sent.
    const off = createActivityExportService(deps({}, clock), noAlarms);
    expect(await off.runDue()).toEqual([]);
    off.stop();
    await workDay(db, noon('2026-03-04'));
    clock.now = noon('2026-03-05');
    const again = createActivityExportService(deps(policy, clock), noAlarms);
    expect(await again.runDue()).toEqual([]);
    expect((await getActivityState(db)).sinceDay).toBe('2026-03-05');
    expect(target.files.has(`/exports/anna.k/2026-03-04.json`)).toBe(false);
    again.stop();
  });

  it('sends the policy’s credentials as the Authorization header of each upload, and none without', async () => {
    db = freshDb();
    const target = await store(0);
    await workDay(db, noon(DAY1));
    await updateActivityState(db, { sinceDay: DAY1 });
    const clock = { now: noon(DAY2) };
    const policy: CompanyPolicy = {
      activityExportUrl: target.url,
      activityAgentId: 'anna.k',
      activityExportAuthorization: 'Bearer s3cr3t-token',
    };
    const service = createActivityExportService(deps(policy, clock), noAlarms);
    expect(await service.runDue()).toEqual([DAY1]);
    expect(target.log).toEqual([
      { path: `/exports/anna.k/${DAY1}.json`, status: 201, authorization: 'Bearer s3cr3t-token' },
    ]);
    service.stop();
    // The file itself never carries them.
    expect(target.files.get(`/exports/anna.k/${DAY1}.json`)).not.toContain('s3cr3t');

    await workDay(db, noon(DAY2));
    clock.now = noon('2026-03-04');
    const plain = createActivityExportService(
      deps({ activityExportUrl: target.url, activityAgentId: 'anna.k' }, clock),
      noAlarms,
    );
    expect(await plain.runDue()).toEqual([DAY2]);
    expect(target.log[1]).toEqual({ path: `/exports/anna.k/${DAY2}.json`, status: 201 });
    plain.stop();
  });

  it('uses a random id per installation when the company names none', async () => {
    db = freshDb();
    const target = await store(0);
    await workDay(db, noon(DAY1));
    await updateActivityState(db, { sinceDay: DAY1 });
    const clock = { now: noon(DAY2) };
    const service = createActivityExportService(
      deps({ activityExportUrl: target.url }, clock),
      noAlarms,
    );
    expect(await service.runDue()).toEqual([DAY1]);
    const { randomAgentId } = await getActivityState(db);
    expect(randomAgentId).toMatch(/^agent-[0-9a-f]{16}$/);
    expect([...target.files.keys()]).toEqual([`/exports/${randomAgentId}/${DAY1}.json`]);
    service.stop();
  });

  it("the agent's own export saves each finished day as a file, sends nothing, retries a failed save", async () => {
    db = freshDb();
    await workDay(db, noon(DAY1));
    await workDay(db, noon(DAY2));
    await setPersonalExport(db, true, DAY1);
    const saved = new Map<string, string>();
    let refuse = 1;
    const requests: string[] = [];
    const clock = { now: noon('2026-03-04') };
    const service = createActivityExportService(
      {
        ...deps({}, clock),
        fetch: async (url) => {
          requests.push(url);
          return new Response(null, { status: 201 });
        },
        saveFile: async (path, text) => {
          if (refuse-- > 0) return 'disk full';
          saved.set(path, text);
          return null;
        },
      },
      noAlarms,
    );

    // The first save fails: DAY1 waits, with the reason for the agent; nothing later is saved.
    await service.runDue();
    let personal = (await getActivityState(db)).personal;
    expect(personal).toMatchObject({
      sinceDay: DAY1,
      failures: 1,
      lastError: { en: expect.stringContaining(`${DAY1} could not be saved (disk full)`) },
    });
    expect(saved.size).toBe(0);

    clock.now = personal?.nextAttemptAt ?? 0;
    // The company export's result: nothing, it is not on.
    expect(await service.runDue()).toEqual([]);
    const { randomAgentId } = await getActivityState(db);
    expect([...saved.keys()]).toEqual([
      `laipni-activity/${randomAgentId}/${DAY1}.json`,
      `laipni-activity/${randomAgentId}/${DAY2}.json`,
    ]);
    for (const text of saved.values())
      expect(parseActivity(text)).toMatchObject({ ok: true, activity: { agentId: randomAgentId } });
    personal = (await getActivityState(db)).personal;
    expect(personal).toMatchObject({ lastSentDay: DAY2, failures: 0, lastSentAt: clock.now });
    expect(personal?.lastError).toBeUndefined();
    // Nothing went over the network, and the company export stayed off.
    expect(requests).toEqual([]);
    expect((await getActivityState(db)).sinceDay).toBeUndefined();

    // Switched off: nothing more is saved; on again, it starts from that day.
    await setPersonalExport(db, false, '2026-03-05');
    await workDay(db, noon('2026-03-04'));
    clock.now = noon('2026-03-05');
    await service.runDue();
    expect(saved.size).toBe(2);
    expect((await getActivityState(db)).personal).toBeUndefined();
    service.stop();
  });

  it('a save without the downloads permission tells the agent how to allow it again', async () => {
    db = freshDb();
    await workDay(db, noon(DAY1));
    await setPersonalExport(db, true, DAY1);
    const service = createActivityExportService(
      { ...deps({}, { now: noon(DAY2) }), saveFile: async () => NO_DOWNLOADS_PERMISSION },
      noAlarms,
    );
    await service.runDue();
    const personal = (await getActivityState(db)).personal;
    expect(personal?.lastSentDay).toBeUndefined();
    expect(personal?.lastError).toEqual({
      lv: expect.stringContaining('Izslēdziet un atkal ieslēdziet eksportu'),
      en: expect.stringContaining('Switch the export off and on again'),
    });
    service.stop();
  });

  it('both exports at once: the company gets its upload and the agent the file, each on its own', async () => {
    db = freshDb();
    const target = await store(1);
    await workDay(db, noon(DAY1));
    await updateActivityState(db, { sinceDay: DAY1 });
    await setPersonalExport(db, true, DAY1);
    const saved: string[] = [];
    const clock = { now: noon(DAY2) };
    const service = createActivityExportService(
      {
        ...deps({ activityExportUrl: target.url, activityAgentId: 'anna.k' }, clock),
        saveFile: async (path) => {
          saved.push(path);
          return null;
        },
      },
      noAlarms,
    );
    // The upload fails (503); the file is saved all the same.
    expect(await service.runDue()).toEqual([]);
    expect(saved).toEqual([`laipni-activity/anna.k/${DAY1}.json`]);
    const state = await getActivityState(db);
    expect(state.failures).toBe(1);
    expect(state.personal?.lastSentDay).toBe(DAY1);
    clock.now = state.nextAttemptAt ?? 0;
    expect(await service.runDue()).toEqual([DAY1]);
    expect(saved).toHaveLength(1);
    service.stop();
  });

  it('a save that ends after the agent switched the export off writes nothing back', async () => {
    db = freshDb();
    await setPersonalExport(db, true, DAY1);
    await setPersonalExport(db, false, DAY1);
    expect(await updatePersonalDelivery(db, DAY1, { lastSentDay: DAY1 })).toBeNull();
    expect((await getActivityState(db)).personal).toBeUndefined();
    // Switched on anew (another day): the old run's write is not this one's either.
    await setPersonalExport(db, true, DAY2);
    expect(await updatePersonalDelivery(db, DAY1, { lastSentDay: DAY1 })).toBeNull();
    expect((await getActivityState(db)).personal).toEqual({ sinceDay: DAY2 });
  });
});
