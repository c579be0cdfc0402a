import { afterEach, describe, expect, it } from 'vitest';
import {
  addCallCounts,
  deleteAllCalls,
  droppedCallsSince,
  endCall,
  getActiveCall,
  getContact,
  lastCallsOfContact,
  listCalls,
  setCallPhase,
  setChecklistTick,
  startCall,
} from '../../../lib/data/calls';
import {
  computeContactKey,
  contactKeyWithSecret,
  getInstallationSecret,
  normalizeContact,
} from '../../../lib/data/contact-key';
import type { LaipniDb } from '../../../lib/data/database';
import { freshDb } from './helpers';

let db: LaipniDb;
afterEach(() => db?.close());
const HOUR = 3600_000;

describe('contact keys', () => {
  it('normalises one contact to one spelling', () => {
    for (const raw of ['+371 2612 3456', '26123456', '0037126123456', 'tel:+371-2612-3456']) {
      expect(normalizeContact(raw)).toBe('tel:37126123456');
    }
    expect(normalizeContact(' Anna@Example.LV ')).toBe('mail:anna@example.lv');
    expect(normalizeContact('CASE-00123')).toBe('id:case-00123');
    expect(normalizeContact('   ')).toBeNull();
  });

  it('is an HMAC with a per-installation secret, stable within the installation', async () => {
    db = freshDb();
    const a = await computeContactKey(db, '+371 2612 3456');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await computeContactKey(db, '26123456')).toBe(a);
    expect(a).not.toContain('26123456');
    const secret = await getInstallationSecret(db);
    expect(await getInstallationSecret(db)).toBe(secret);
    const other = freshDb();
    expect(await computeContactKey(other, '26123456')).not.toBe(a);
    other.close();
    // Same secret, same key: a restored backup keeps recognising contacts.
    expect(await contactKeyWithSecret(secret, '0037126123456')).toBe(a);
  });
});

describe('calls', () => {
  it('runs a call: phases, ticks, counts, end as dropped', async () => {
    db = freshDb();
    const call = await startCall(db, {
      site: 'crm.example.lv',
      tabId: 7,
      direction: 'outbound',
      contactKey: 'k1',
      customerName: 'Jānis',
      startedByAgent: true,
      now: 1000,
    });
    expect(await getActiveCall(db)).toMatchObject({
      id: call.id,
      outcome: 'open',
      phases: [{ phase: 'opening', at: 1000 }],
    });
    await setCallPhase(db, call.id, 'body', 2000);
    await setCallPhase(db, call.id, 'body', 2500);
    await setChecklistTick(db, call.id, {
      itemId: 'greet',
      checklist: 'opening',
      ticked: true,
      auto: true,
      now: 1500,
    });
    await setChecklistTick(db, call.id, {
      itemId: 'name',
      checklist: 'opening',
      ticked: true,
      auto: false,
      now: 1600,
    });
    await setChecklistTick(db, call.id, {
      itemId: 'name',
      checklist: 'opening',
      ticked: false,
      auto: false,
    });
    await addCallCounts(db, call.id, { findings: 3, accepted: 1 });
    await addCallCounts(db, call.id, { findings: 1, ignored: 1 });
    const ended = await endCall(db, call.id, { dropped: true, now: 9000 });
    expect(ended).toMatchObject({
      endedAt: 9000,
      dropped: true,
      outcome: 'dropped',
      phases: [
        { phase: 'opening', at: 1000 },
        { phase: 'body', at: 2000 },
      ],
      ticks: [{ itemId: 'greet', checklist: 'opening', at: 1500, auto: true }],
      findings: 4,
      accepted: 1,
      ignored: 1,
    });
    expect(await getActiveCall(db)).toBeUndefined();
    expect((await droppedCallsSince(db, 0)).map((c) => c.id)).toEqual([call.id]);
  });

  it('detects a repeat call within the window and counts the contact', async () => {
    db = freshDb();
    const first = await startCall(db, {
      site: 's',
      direction: 'inbound',
      contactKey: 'k1',
      startedByAgent: false,
      now: 0,
    });
    await endCall(db, first.id, { now: 10 });
    const second = await startCall(db, {
      site: 's',
      direction: 'outbound',
      contactKey: 'k1',
      startedByAgent: true,
      repeatWindowMs: 72 * HOUR,
      now: 2 * HOUR,
    });
    expect(second.repeatOfCallId).toBe(first.id);
    await endCall(db, second.id, { now: 2 * HOUR + 10 });
    const late = await startCall(db, {
      site: 's',
      direction: 'outbound',
      contactKey: 'k1',
      startedByAgent: true,
      repeatWindowMs: 72 * HOUR,
      now: 200 * HOUR,
    });
    expect(late.repeatOfCallId).toBeNull();
    expect(await getContact(db, 'k1')).toMatchObject({
      callCount: 3,
      firstSeenAt: 0,
      lastCallAt: 200 * HOUR,
      lastCallId: late.id,
    });
  });

  it('keeps one open call: starting another closes the first', async () => {
    db = freshDb();
    const a = await startCall(db, {
      site: 's',
      direction: 'inbound',
      startedByAgent: false,
      now: 1,
    });
    const b = await startCall(db, {
      site: 's',
      direction: 'inbound',
      startedByAgent: false,
      now: 5,
    });
    expect((await getActiveCall(db))?.id).toBe(b.id);
    expect(await listCalls(db)).toMatchObject([
      { id: b.id },
      { id: a.id, endedAt: 5, outcome: 'completed' },
    ]);
  });

  it('lists the last calls of a contact newest first, and the log by page', async () => {
    db = freshDb();
    const rows = Array.from({ length: 30 }, (_, i) => ({
      key: i % 3 === 0 ? 'k1' : 'k2',
      at: i * 100,
    }));
    for (const r of rows) {
      const call = await startCall(db, {
        site: 's',
        direction: 'inbound',
        contactKey: r.key,
        startedByAgent: false,
        now: r.at,
      });
      await endCall(db, call.id, { now: r.at + 50 });
    }
    expect((await lastCallsOfContact(db, 'k1', 3)).map((c) => c.startedAt)).toEqual([
      2700, 2400, 2100,
    ]);
    expect((await listCalls(db, { limit: 2 })).map((c) => c.startedAt)).toEqual([2900, 2800]);
    expect((await listCalls(db, { limit: 2, before: 2800 })).map((c) => c.startedAt)).toEqual([
      2700, 2600,
    ]);
    expect(
      (await listCalls(db, { contactKey: 'k1', before: 2700, limit: 1 })).map((c) => c.startedAt),
    ).toEqual([2400]);
    await deleteAllCalls(db);
    expect(await listCalls(db)).toEqual([]);
    expect(await getContact(db, 'k1')).toBeUndefined();
  });
});
