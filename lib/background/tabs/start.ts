import { liveQuery } from 'dexie';
import browser from 'webextension-polyfill';
import { getActiveCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import { envelope } from '../../protocol/data-messages';
import type { RuleSetService } from '../rule-set';
import { callFrame } from '../frames/call-frame';
import { toggleSidebarInTab } from '../sidebar/toggle';
import { ensureBuiltinProfiles } from './builtin-profiles';
import { callContextFor } from './call-context';
import { createPageHandlers, type PageHandlers, type PagePort } from './tab-handlers';
import { startSidebarStore } from '../sidebar/store';
import { createTabStates, type TabStates } from './tab-states';

export interface PageServices {
  handlers: PageHandlers;
  tabs: TabStates;
  stop(): void;
}

/**
 * The background's page side: per-tab state (findings, page values, tel: offers), relaying the
 * sidebar's apply/insert to the right frame, and pushing the call context to every known tab
 * whenever the running call or the agent's settings change in any extension context.
 */
export function startPageServices(
  db: LaipniDb,
  rules: RuleSetService,
  port: PagePort,
): PageServices {
  void ensureBuiltinProfiles(db).catch((error: unknown) =>
    console.error('Laipni: could not install the built-in site profiles', error),
  );
  const tabs = createTabStates();
  const known = new Set<number>();
  const handlers = createPageHandlers(db, rules, tabs, port);
  const stopSidebarStore = startSidebarStore(db, rules);
  const trackedHandlers: PageHandlers = {
    ...handlers,
    'page:setup': async (request, context) => {
      if (context.sender.tab?.id !== undefined) known.add(context.sender.tab.id);
      return handlers['page:setup'](request, context);
    },
  };

  const subscription = liveQuery(async () => {
    const [call, settings] = await Promise.all([getActiveCall(db), getSettings(db)]);
    return JSON.stringify([call?.id, call?.phases.at(-1), call?.repeatOfCallId, settings]);
  }).subscribe({
    next: () => {
      for (const tabId of known) {
        void callContextFor(db, tabs.get(tabId)).then((payload) =>
          port.sendToTab(tabId, envelope('call:context', payload)).catch(() => known.delete(tabId)),
        );
      }
    },
    error: (error: unknown) => console.error('Laipni: call context', error),
  });

  const onRemoved = (tabId: number) => {
    known.delete(tabId);
    tabs.remove(tabId);
  };
  browser.tabs.onRemoved.addListener(onRemoved);

  return {
    handlers: trackedHandlers,
    tabs,
    stop() {
      stopSidebarStore();
      subscription.unsubscribe();
      browser.tabs.onRemoved.removeListener(onRemoved);
    },
  };
}

export const browserPagePort: PagePort = {
  sendToFrame: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  sendToPages: (message) => browser.runtime.sendMessage(message),
  async openSidebar(tabId) {
    const status = await callFrame(tabId, 0, 'shell:ping', {}).catch(() => null);
    if (status && !status.sidebarOpen) {
      await toggleSidebarInTab(tabId, 'toolbar');
    }
  },
};
