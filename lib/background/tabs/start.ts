import { callEveryFrame } from '../frames/call-frame';
import { watchSiteSwitches } from './site-switch';
import { forgetTabFrames } from '../sidebar/tokens';
import { liveQuery } from 'dexie';
import browser from 'webextension-polyfill';
import { getActiveCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import type { RuleSetService } from '../rule-set';
import type { SidebarStore } from '../../protocol/sidebar-store';
import { startSidebarStore } from '../sidebar/store';
import { createTabStore, type SidebarBinding } from '../sidebar/tab-store';
import { ensureBuiltinProfiles } from './builtin-profiles';
import { createContextPush } from './context-push';
import { createFrameRelay } from './relay';
import { createCallStarter } from './start-call';
import { createPageHandlers, type PageHandlers, type PagePort } from './tab-handlers';
import { createAgentContextCache } from './agent-context';
import { createTabFilling } from './tab-filling';
import { createTabStates, type TabStates } from './tab-states';
import { startVoice } from '../voice/start';
import type { VoiceHandlers } from '../voice/voice-service';

export interface TabServices {
  handlers: PageHandlers;
  /** The voice coach's capture reports (meters, failures). */
  voiceHandlers: VoiceHandlers;
  tabs: TabStates;
  /** The store a verified sidebar of `binding`'s tab works with. */
  sidebarStoreFor(binding: SidebarBinding): SidebarStore;
  stop(): void;
}

/**
 * The background's side of CRM tabs: per-tab state (findings, page values, tel: offers), the
 * sidebars that serve those tabs (their store, with apply and insert relayed to the right
 * frame), and pushing the call context to every known tab whenever the running call or the
 * agent's settings change in any extension context.
 */
export function startTabServices(db: LaipniDb, rules: RuleSetService, port: PagePort): TabServices {
  void ensureBuiltinProfiles(db).catch((error: unknown) =>
    console.error('Laipni: could not install the built-in site profiles', error),
  );
  const tabs = createTabStates();
  const contexts = createContextPush(db, tabs, port, rules);
  const agent = createAgentContextCache(db);
  const filling = createTabFilling(agent, rules, tabs);
  const relay = createFrameRelay(port);
  const handlers = createPageHandlers({ db, rules, tabs, port, contexts, filling });
  const voice = startVoice(db, rules);
  const storeDeps = {
    db,
    rules,
    tabs,
    relay,
    filling,
    startCall: createCallStarter(db, rules, tabs),
    voice: voice.service,
  };
  const stopSidebarStore = startSidebarStore(storeDeps);

  const subscription = liveQuery(async () => {
    const [call, settings] = await Promise.all([getActiveCall(db), getSettings(db)]);
    const script = call?.script?.scriptId;
    return JSON.stringify([call?.id, call?.phases.at(-1), call?.repeatOfCallId, script, settings]);
  }).subscribe({
    next: () => contexts.pushAll(),
    error: (error: unknown) => console.error('Laipni: call context', error),
  });

  const stopSiteSwitches = watchSiteSwitches({
    db,
    sitesOfTabs: () => tabs.sites(),
    sendToTab: (tabId, message) => port.sendToTab(tabId, message),
    wake: (tabId) => callEveryFrame(tabId, 'endpoint:check-focus', {}).then(() => undefined),
  });

  const onRemoved = (tabId: number) => {
    void forgetTabFrames(tabId).catch(() => undefined);
    contexts.forget(tabId);
    tabs.remove(tabId);
    void voice.service.stop(tabId);
  };
  browser.tabs.onRemoved.addListener(onRemoved);

  return {
    handlers,
    voiceHandlers: voice.service.handlers,
    tabs,
    sidebarStoreFor: (binding) => createTabStore(storeDeps, binding),
    stop() {
      stopSidebarStore();
      subscription.unsubscribe();
      agent.stop();
      stopSiteSwitches();
      voice.stop();
      browser.tabs.onRemoved.removeListener(onRemoved);
    },
  };
}
