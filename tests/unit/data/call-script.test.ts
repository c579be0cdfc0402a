import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../lib/data/backup/create';
import { restoreBackup, validateBackup } from '../../../lib/data/backup/restore';
import { moveCallScript, startCallScript } from '../../../lib/data/call-script';
import { deleteAllCalls, endCall, startCall } from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import {
  deletePersonalScript,
  listPersonalScripts,
  putPersonalScript,
} from '../../../lib/data/personal-scripts';
import { loadPersonalLayer } from '../../../lib/data/personal';
import { exportPersonalPack } from '../../../lib/data/personal-export';
import { deleteAllPersonalData, purgeExpired } from '../../../lib/data/retention';
import { createChecker } from '../../../lib/core/engine';
import type { ScriptMove } from '../../../lib/core/scripts/moves';
import { validatePack } from '../../../lib/core/packs/validate';
import { sampleScript } from '../core/scripts/fixtures';
import { freshDbsClosedAfterEach } from './helpers';

const db = freshDbsClosedAfterEach();
const script = sampleScript();
const DAY = 86_400_000;
const T0 = Date.UTC(2030, 0, 10, 9);

async function call(target: LaipniDb, extra: Partial<Parameters<typeof startCall>[1]> = {}) {
  return startCall(target, {
    site: 'crm.example.lv',
    direction: 'outbound',
    startedByAgent: true,
    contactKey: 'k1',
    repeatWindowMs: DAY,
    now: T0,
    ...extra,
  });
}

async function moves(target: LaipniDb, callId: string, ...list: ScriptMove[]) {
  for (const [i, move] of list.entries()) {
    const r = await moveCallScript(target, callId, script, move, T0 + 1000 * (i + 1));
    if (!r.ok) throw new Error(r.error.en);
  }
  return (await target.calls.get(callId))!;
}

describe('a call’s script in the call record', () => {
  it('stores the path with timestamps, captures and said marks; the phase follows the step', async () => {
    const d = db();
    const { id } = await call(d);
    expect(await startCallScript(d, id, script, T0)).toEqual({ ok: true });
    const stored = await moves(
      d,
      id,
      { kind: 'next' },
      { kind: 'next' },
      { kind: 'answer', answer: 'yes' },
      { kind: 'capture', field: 'contractNumber', value: 'LV-1' },
    );
    expect(stored.script?.current).toBe('contract');
    expect(stored.script?.path.map((v) => [v.step, v.enteredAt, v.leftBy])).toEqual([
      ['greet', T0, 'next'],
      ['recording', T0 + 1000, 'next'],
      ['ask', T0 + 2000, 'answer'],
      ['contract', T0 + 3000, null],
    ]);
    expect(stored.script?.captures).toEqual({ contractNumber: 'LV-1' });
    expect(stored.phases.map((p) => p.phase)).toEqual(['opening', 'body']);

    const refused = await moveCallScript(d, id, script, {
      kind: 'capture',
      field: 'devices',
      value: '99',
    });
    expect(refused).toEqual({
      ok: false,
      error: { lv: '«Ierīces»: jābūt ne vairāk kā 10.', en: '"Devices": must be at most 10.' },
    });
    expect(await d.calls.get(id)).toEqual(stored);
  });

  it('a repeat call enters at the repeat step', async () => {
    const d = db();
    const first = await call(d);
    await endCall(d, first.id, { now: T0 + 60_000 });
    const { id } = await call(d, { now: T0 + 3_600_000 });
    await startCallScript(d, id, script, T0 + 3_600_000);
    expect((await d.calls.get(id))?.script?.current).toBe('greet-again');
  });

  it('a dropped call is called back where it stopped, after the resume step', async () => {
    const d = db();
    const first = await call(d);
    await startCallScript(d, first.id, script, T0);
    await moves(d, first.id, { kind: 'next' }, { kind: 'next' });
    await endCall(d, first.id, { dropped: true, now: T0 + 5000 });
    const dropped = await d.calls.get(first.id);
    expect(dropped?.script?.path.at(-1)).toMatchObject({ step: 'ask', leftBy: 'drop' });

    const back = await call(d, { callBackOf: first.id, contactKey: null, now: T0 + 60_000 });
    expect(back.callBackOf).toBe(first.id);
    await startCallScript(d, back.id, script, T0 + 60_000);
    const resumed = (await d.calls.get(back.id))?.script;
    expect([resumed?.current, resumed?.resumeTo]).toEqual(['resume', 'ask']);
    await moveCallScript(d, back.id, script, { kind: 'next' }, T0 + 61_000);
    expect((await d.calls.get(back.id))?.script?.current).toBe('ask');
  });

  it('after the call ends only the note can be closed', async () => {
    const d = db();
    const { id } = await call(d);
    await startCallScript(d, id, script, T0);
    await moves(
      d,
      id,
      { kind: 'next' },
      { kind: 'next' },
      { kind: 'answer', answer: 'no' },
      { kind: 'finish', outcome: 'refused' },
    );
    await endCall(d, id, { now: T0 + 9000 });
    const ended = await moveCallScript(d, id, script, { kind: 'back' });
    expect(ended.ok).toBe(false);
    expect(await moveCallScript(d, id, script, { kind: 'dismiss-note' })).toEqual({ ok: true });
    expect((await d.calls.get(id))?.script?.noteDismissed).toBe(true);
    expect((await startCallScript(d, id, script)).ok).toBe(false);
  });

  it('captures are personal data: retention, "delete all" and the call log’s delete take them', async () => {
    const d = db();
    const { id } = await call(d);
    await startCallScript(d, id, script, T0);
    await moves(d, id, { kind: 'capture', field: 'contractNumber', value: 'LV-1' });
    await endCall(d, id, { now: T0 + 1000 });
    expect((await purgeExpired(d, 90, T0 + 91 * DAY)).calls).toBe(1);
    expect(await d.calls.count()).toBe(0);

    for (const wipe of [deleteAllCalls, deleteAllPersonalData]) {
      const again = await call(d);
      await startCallScript(d, again.id, script, T0);
      await wipe(d);
      expect(await d.calls.count()).toBe(0);
    }
  });
});

describe('the agent’s own scripts', () => {
  it('are stored only when valid, wording included, and layer as the personal layer', async () => {
    const d = db();
    const checker = createChecker();
    const bad = { ...sampleScript(), id: 'mine' };
    bad.steps[3]!.say = ['Es nezinu!'];
    const refused = await putPersonalScript(d, bad, { checker });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]?.path).toBe('steps[3].say[0]');
    expect(await d.personalScripts.count()).toBe(0);

    const saved = await putPersonalScript(
      d,
      { ...sampleScript(), id: 'mine' },
      { checker, now: 5 },
    );
    expect(saved.ok).toBe(true);
    expect((await listPersonalScripts(d)).map((s) => s.id)).toEqual(['mine']);
    expect((await loadPersonalLayer(d)).scripts?.map((s) => s.id)).toEqual(['mine']);

    const exported = await exportPersonalPack(d, {
      id: 'anna.own',
      name: 'Annas',
      author: 'Anna',
      version: '1.0.0',
    });
    const pack = validatePack(exported);
    expect(pack.ok && pack.pack.format).toBe('laipni-pack/2');
    expect(pack.ok && pack.pack.scripts?.map((s) => s.id)).toEqual(['mine']);

    await deletePersonalScript(d, 'mine');
    expect(await d.personalScripts.count()).toBe(0);
  });

  it('travel in a backup with the calls’ script progress, and a broken one is refused', async () => {
    const d = db();
    await putPersonalScript(d, { ...sampleScript(), id: 'mine' }, { now: 5 });
    const { id } = await call(d);
    await startCallScript(d, id, script, T0);
    await moves(d, id, { kind: 'next' }, { kind: 'said', step: 'recording', how: 'ticked' });
    const backup = await createBackup(d, T0);
    expect(backup.data.personalScripts?.map((r) => r.id)).toEqual(['mine']);

    const target = db();
    const restored = await restoreBackup(target, serializeBackup(backup));
    expect(restored.ok).toBe(true);
    expect(await target.calls.get(id)).toEqual(await d.calls.get(id));
    expect(await target.personalScripts.get('mine')).toEqual(await d.personalScripts.get('mine'));

    const broken = structuredClone(backup);
    broken.data.personalScripts![0]!.script.steps[3]!.answers![0]!.next = 'nowhere';
    const check = validateBackup(serializeBackup(broken));
    expect(!check.ok && check.errors.map((e) => e.path)).toContain(
      'data.personalScripts[0].script.steps[3].answers[0].next',
    );
    const tampered = structuredClone(backup);
    (tampered.data.calls[0]!.script as unknown as { path: unknown }).path = 'x';
    expect(validateBackup(serializeBackup(tampered)).ok).toBe(false);
  });
});
