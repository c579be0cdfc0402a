import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../data/helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { createPageHandlers } = await import('../../../lib/background/tabs/tab-handlers');
const { createTabStates } = await import('../../../lib/background/tabs/tab-states');
const { createContextPush } = await import('../../../lib/background/tabs/context-push');
const { createTabFilling } = await import('../../../lib/background/tabs/tab-filling');
const { createAgentContextCache } = await import('../../../lib/background/tabs/agent-context');
const { putPolicyState } = await import('../../../lib/data/policy-state');
const { updateSiteSettings } = await import('../../../lib/data/sites');
const { samplePack } = await import('../../fixtures/sample-pack');

const rules = {
  current: async () => ({ version: 'v1', pack: samplePack(), report: {} }),
} as unknown as Parameters<typeof createPageHandlers>[0]['rules'];
const port = {
  sendToFrame: async () => undefined,
  sendToTab: async () => undefined,
  openSidebar: async () => undefined,
};

function handlersFor(db: ReturnType<typeof freshDb>) {
  const tabs = createTabStates();
  return createPageHandlers({
    db,
    rules,
    tabs,
    port,
    contexts: createContextPush(db, tabs, port, rules),
    filling: createTabFilling(createAgentContextCache(db), rules, tabs),
  });
}

function contextOn(url: string) {
  return {
    role: 'content-script' as const,
    sender: { id: 'x', url, tab: { id: 7, url }, frameId: 0 },
  };
}

describe('page:setup says whether Laipni is on for the site', () => {
  it('is on by default, and off where the agent switched it off', async () => {
    const db = freshDb();
    const handlers = handlersFor(db);
    expect(
      (await handlers['page:setup']({}, contextOn('https://crm.example.lv/case/1'))).enabled,
    ).toBe(true);
    await updateSiteSettings(db, 'crm.example.lv', { enabled: false });
    expect(
      (await handlers['page:setup']({}, contextOn('https://crm.example.lv/case/1'))).enabled,
    ).toBe(false);
  });

  it('follows company policy: only the listed sites, never the switched-off ones', async () => {
    const db = freshDb();
    await putPolicyState(db, {
      source: 'test',
      appliedAt: 0,
      policy: { onlySites: ['*.example.lv'], disabledSites: ['old.example.lv'] },
      managed: ['onlySites', 'disabledSites'],
      problems: [],
      inlinePackIds: [],
    });
    const handlers = handlersFor(db);
    const enabledOn = async (url: string) =>
      (await handlers['page:setup']({}, contextOn(url))).enabled;
    expect(await enabledOn('https://crm.example.lv/')).toBe(true);
    expect(await enabledOn('https://old.example.lv/')).toBe(false);
    expect(await enabledOn('https://mail.other.com/')).toBe(false);
  });
});
