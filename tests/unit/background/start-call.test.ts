import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStartCallHandler } from '../../../lib/background/tabs/start-call';
import { createTabStates } from '../../../lib/background/tabs/tab-states';
import type { RuleSetService } from '../../../lib/background/rule-set';
import { endCall, getActiveCall, getCall } from '../../../lib/data/calls';
import { computeContactKey } from '../../../lib/data/contact-key';
import type { LaipniDb } from '../../../lib/data/database';
import { updateSettings } from '../../../lib/data/settings';
import type { HandlerContext } from '../../../lib/protocol/transport/router';
import { freshDb } from '../data/helpers';

let db: LaipniDb;
afterEach(() => db?.close());

const sidebar: HandlerContext = {
  sender: {
    url: 'chrome-extension://abc/sidebar.html',
    tab: { id: 7, url: 'https://crm.example.lv/x' },
  },
  role: 'extension-page',
};
const rules = { current: async () => ({ version: 'v9' }) } as unknown as RuleSetService;

function setup() {
  db = freshDb();
  const tabs = createTabStates();
  const push = vi.fn(async () => undefined);
  return { tabs, push, handle: createStartCallHandler(db, rules, tabs, push) };
}

describe('sidebar:start-call', () => {
  it('starts a call with the tab’s contact, customer, site and rule version', async () => {
    const { tabs, handle } = setup();
    tabs.update(7, 'crm.example.lv', {
      contactKey: 'k1',
      values: { customerName: 'Jānis Bērziņš' },
    });
    const { callId, repeatOf } = await handle(
      { tabId: 7, direction: 'inbound', startedByAgent: false },
      sidebar,
    );
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
    const { tabs, handle } = setup();
    await updateSettings(db, { repeatCallWindowHours: 1 });
    tabs.update(7, 'crm.example.lv', { contactKey: 'k1' });
    const first = await handle({ tabId: 7, direction: 'outbound', startedByAgent: true }, sidebar);
    await endCall(db, first.callId, { dropped: true });
    const second = await handle({ tabId: 7, direction: 'outbound', startedByAgent: true }, sidebar);
    expect(second.repeatOf).toMatchObject({ outcome: 'dropped' });
    expect((await getActiveCall(db))?.repeatOfCallId).toBe(first.callId);
  });

  it('a tel: offer calls the number (hashed) and is used up', async () => {
    const { tabs, push, handle } = setup();
    tabs.update(7, 'crm.example.lv', { telOffer: { number: '+371 26123456', at: 1 } });
    const { callId } = await handle(
      { tabId: 7, direction: 'outbound', startedByAgent: true, number: '+371 26123456' },
      sidebar,
    );
    expect((await getCall(db, callId))?.contactKey).toBe(await computeContactKey(db, '26123456'));
    expect(tabs.view(7).telOffer).toBeUndefined();
    expect(push).toHaveBeenCalledWith(7);
  });

  it('a call-back takes the dropped call’s contact and customer; the site falls back to the sender', async () => {
    const { handle } = setup();
    const dropped = await handle(
      { tabId: 7, direction: 'outbound', startedByAgent: true },
      sidebar,
    );
    expect((await getCall(db, dropped.callId))?.site).toBe('crm.example.lv');
    await db.calls.update(dropped.callId, { contactKey: 'k5', customerName: 'Ilze' });
    await endCall(db, dropped.callId, { dropped: true });
    const back = await handle(
      { tabId: 8, direction: 'outbound', startedByAgent: true, callBackOf: dropped.callId },
      sidebar,
    );
    expect(await getCall(db, back.callId)).toMatchObject({
      contactKey: 'k5',
      customerName: 'Ilze',
    });
  });
});
