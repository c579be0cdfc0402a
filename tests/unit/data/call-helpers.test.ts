import { afterEach, describe, expect, it } from 'vitest';
import { tickAndAdvance } from '../../../lib/data/call-advance';
import { getSiteSettings, updateSiteSettings } from '../../../lib/data/sites';
import { dismissCallback, pendingCallbacks } from '../../../lib/data/callback-reminders';
import { endCall, getActiveCall, startCall } from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import { freshDb } from './helpers';
import { CHECKLISTS } from '../core/calls/fixtures';

let db: LaipniDb;
afterEach(() => db?.close());

describe('ticking with phase advance', () => {
  it('ticks, unticks, and moves the phase when the opening is complete', async () => {
    db = freshDb();
    const call = await startCall(db, {
      site: 's',
      direction: 'inbound',
      startedByAgent: false,
      now: 0,
    });
    const tickIt = (itemId: string, ticked = true, now = 10) =>
      tickAndAdvance(db, call.id, CHECKLISTS, {
        itemId,
        checklist: 'opening',
        ticked,
        auto: true,
        now,
      });
    await tickIt('greet');
    await tickIt('name');
    expect((await getActiveCall(db))?.phases.map((p) => p.phase)).toEqual(['opening']);
    await tickIt('name', false);
    expect((await getActiveCall(db))?.ticks.map((t) => t.itemId)).toEqual(['greet']);
    await tickIt('name');
    const done = await tickIt('company', true, 20);
    expect(done?.phases).toEqual([
      { phase: 'opening', at: 0 },
      { phase: 'body', at: 20 },
    ]);
    const closing = await tickAndAdvance(db, call.id, CHECKLISTS, {
      itemId: 'more',
      checklist: 'closing',
      ticked: true,
      auto: true,
      now: 30,
    });
    expect(closing?.phases.at(-1)).toEqual({ phase: 'closing', at: 30 });
  });

  it('leaves an ended call alone', async () => {
    db = freshDb();
    const call = await startCall(db, {
      site: 's',
      direction: 'inbound',
      startedByAgent: false,
      now: 0,
    });
    await endCall(db, call.id, { now: 5 });
    const after = await tickAndAdvance(db, call.id, CHECKLISTS, {
      itemId: 'more',
      checklist: 'closing',
      ticked: true,
      auto: false,
      now: 10,
    });
    expect(after?.phases).toHaveLength(1);
  });
});

describe('call-back reminders', () => {
  it('remind of dropped calls the agent started until dismissed or called again', async () => {
    db = freshDb();
    const mine = await startCall(db, {
      site: 's',
      direction: 'outbound',
      startedByAgent: true,
      contactKey: 'k1',
      customerName: 'Jānis',
      now: 100,
    });
    await endCall(db, mine.id, { dropped: true, now: 200 });
    const theirs = await startCall(db, {
      site: 's',
      direction: 'inbound',
      startedByAgent: false,
      contactKey: 'k2',
      now: 300,
    });
    await endCall(db, theirs.id, { dropped: true, now: 400 });
    const other = await startCall(db, {
      site: 's',
      direction: 'outbound',
      startedByAgent: true,
      contactKey: null,
      now: 500,
    });
    await endCall(db, other.id, { dropped: true, now: 600 });

    expect((await pendingCallbacks(db)).map((c) => c.id)).toEqual([other.id, mine.id]);
    await dismissCallback(db, other.id);
    expect((await pendingCallbacks(db)).map((c) => c.id)).toEqual([mine.id]);

    // Calling the contact again settles the reminder.
    const again = await startCall(db, {
      site: 's',
      direction: 'outbound',
      startedByAgent: true,
      contactKey: 'k1',
      now: 700,
    });
    expect(await pendingCallbacks(db)).toEqual([]);
    await endCall(db, again.id, { now: 800 });
  });
});

describe('collapsed state', () => {
  it('is kept per site', async () => {
    db = freshDb();
    const collapsed = async (site: string) => (await getSiteSettings(db, site)).sidebarCollapsed;
    expect(await collapsed('a.lv')).toBe(false);
    await updateSiteSettings(db, 'a.lv', { sidebarCollapsed: true });
    expect(await collapsed('a.lv')).toBe(true);
    expect(await collapsed('b.lv')).toBe(false);
    await updateSiteSettings(db, 'a.lv', { sidebarCollapsed: false });
    expect(await collapsed('a.lv')).toBe(false);
  });
});
