import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallStarter } from '../../../lib/background/tabs/start-call';
import { createTabStates } from '../../../lib/background/tabs/tab-states';
import type { RuleSetService } from '../../../lib/background/rule-set';
import { endCall, getActiveCall, getCall } from '../../../lib/data/calls';
import { computeContactKey } from '../../../lib/data/contact-key';
import type { LaipniDb } from '../../../lib/data/database';
import { updateSettings } from '../../../lib/data/settings';
import { freshDb } from '../data/helpers';

let db: LaipniDb;
afterEach(() => db?.close());

const PAGE = 'https://crm.example.lv/x';
const rules = { current: async () => ({ version: 'v9' }) } as unknown as RuleSetService;

function setup() {
  db = freshDb();
  const tabs = createTabStates();
  const changed = vi.fn();
  tabs.subscribe(7, changed);
  const start = createCallStarter(db, rules, tabs);
  return { tabs, changed, start };
}

describe("the sidebar's start-call", () => {
  it('starts a call with the tab’s contact, customer, site and rule version', async () => {
    const { tabs, start } = setup();
    tabs.update(7, 'crm.example.lv', {
      contactKey: 'k1',
      values: { customerName: 'Jānis Bērziņš' },
    });
    const { callId, repeatOf } = await start(7, PAGE, {
      direction: 'inbound',
      startedByAgent: false,
    });
    expect(repeatOf).toBeUndefined();
    expect(await getCall(db, callId)).toMatchObject({
      site: 'crm.example.lv',
      tabId: 7,
      contactKey: 'k1',
      customerName: 'Jānis Bērziņš',
      direction: 'inbound',
      startedByAgent: false,
      rulesVersion: 'v9',
      outcome: 'open',
    });
  });

  it('a second call to the contact within the window is a repeat call', async () => {
    const { tabs, start } = setup();
    await updateSettings(db, { repeatCallWindowHours: 1 });
    tabs.update(7, 'crm.example.lv', { contactKey: 'k1' });
    const first = await start(7, PAGE, { direction: 'outbound', startedByAgent: true });
    await endCall(db, first.callId, { dropped: true });
    const second = await start(7, PAGE, { direction: 'outbound', startedByAgent: true });
    expect(second.repeatOf).toMatchObject({ outcome: 'dropped' });
    expect((await getActiveCall(db))?.repeatOfCallId).toBe(first.callId);
  });

  it('a tel: offer calls the number (hashed) and is used up', async () => {
    const { tabs, changed, start } = setup();
    tabs.update(7, 'crm.example.lv', { telOffer: { number: '+371 26123456', at: 1 } });
    const { callId } = await start(7, PAGE, {
      direction: 'outbound',
      startedByAgent: true,
      number: '+371 26123456',
    });
    expect((await getCall(db, callId))?.contactKey).toBe(await computeContactKey(db, '26123456'));
    expect(tabs.view(7).telOffer).toBeUndefined();
    expect(changed).toHaveBeenCalled();
  });

  it('a call-back takes the dropped call’s contact and customer; the site falls back to the page’s', async () => {
    const { start } = setup();
    const dropped = await start(7, PAGE, { direction: 'outbound', startedByAgent: true });
    expect((await getCall(db, dropped.callId))?.site).toBe('crm.example.lv');
    await db.calls.update(dropped.callId, { contactKey: 'k5', customerName: 'Ilze' });
    await endCall(db, dropped.callId, { dropped: true });
    const back = await start(8, PAGE, {
      direction: 'outbound',
      startedByAgent: true,
      callBackOf: dropped.callId,
    });
    expect(await getCall(db, back.callId)).toMatchObject({
      contactKey: 'k5',
      customerName: 'Ilze',
    });
  });
});
