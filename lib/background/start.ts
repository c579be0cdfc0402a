import { BUILTIN_PACK } from '../core/engine';
import type { Pack } from '../core/model/pack';
import type { PolicyInput } from '../core/packs/overrides';
import { getDatabase, type LaipniDb } from '../data/database';
import { ensureBuiltinPack } from '../data/packs';
import { broadcast } from '../protocol/transport/broadcast';
import { browserPort } from './browser-port';
import { createDataHandlers } from './data-handlers';
import type { PolicySource } from './distribution/policy-service';
import { startActivityExport } from './activity/start';
import type { ActivityExportService } from './activity/export-service';
import { startDistribution, type Distribution } from './distribution/start';
import { createFrameHandlers } from './frames/frame-handlers';
import { startReinjectOnUpdate } from './frames/reinject';
import { startRetentionSchedule } from './retention';
import { startMessageRouter, type MessageRouter } from './router';
import { createRuleSetService, type RuleSetService } from './rule-set';
import { startSidebarLayout } from './sidebar/layout';
import { startTabServices, type TabServices } from './tabs/start';
import { startSidebarMode } from './sidebar/mode';
import { createShowSidebar, type ShowSidebar } from './sidebar/show';
import { startToolbarAndCommands } from './toolbar';

export interface BackgroundOptions {
  /**
   * The pack bundled with this build, installed (or updated) as the built-in layer at start.
   * Default: the engine's built-in handbook pack; `null` skips it.
   */
  builtinPack?: Pack | null;
  db?: LaipniDb;
  /** Where company policy comes from; default managed storage. */
  policySource?: PolicySource;
  /** The activity export's clock (when a day is over); default `Date.now`. */
  activityClock?: () => number;
}

export interface Background {
  db: LaipniDb;
  rules: RuleSetService;
  distribution: Distribution;
  activity: ActivityExportService;
  router: MessageRouter;
  tabs: TabServices;
  /** What the toolbar button, the command and the key press do (in-page or side panel). */
  showSidebar: ShowSidebar;
  /** Company policy: locked ids, personal rules allowed. */
  setPolicy(policy: PolicyInput): void;
  stop(): void;
}

/** Ask the browser not to evict IndexedDB under storage pressure (where the context allows it). */
function requestPersistentStorage(): void {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } })
    .navigator?.storage;
  if (typeof storage?.persist === 'function') void storage.persist().catch(() => false);
}

/**
 * Starts every service of the service worker: the rule set, the tabs and their sidebars, team
 * distribution, the one message router, retention, the toolbar and the re-injection after an
 * update. The entry point only calls this.
 */
export function startBackground(options: BackgroundOptions = {}): Background {
  const db = options.db ?? getDatabase();
  requestPersistentStorage();
  const builtin = options.builtinPack === undefined ? BUILTIN_PACK : options.builtinPack;
  if (builtin) {
    void ensureBuiltinPack(db, builtin).catch((error: unknown) =>
      console.error('Laipni: could not install the built-in pack', error),
    );
  }
  const rules = createRuleSetService(db);
  const mode = startSidebarMode(db);
  const showSidebar = createShowSidebar(mode);
  const layout = startSidebarLayout(db, mode);
  const tabs = startTabServices(db, rules, browserPort);
  const distribution = startDistribution(db, rules, options.policySource);
  const activity = startActivityExport(db, distribution.policy, rules, options.activityClock);
  const router = startMessageRouter(
    {
      ...createDataHandlers(db, rules),
      ...tabs.handlers,
      ...tabs.voiceHandlers,
      ...distribution.handlers,
      ...createFrameHandlers(db, layout, showSidebar),
    },
    (sender) =>
      sender.frameId === 0 ||
      (sender.tab?.id !== undefined &&
        tabs.tabs.get(sender.tab.id)?.focusFrameId === sender.frameId),
  );
  const stopBroadcast = rules.onChange(({ version }) => {
    void broadcast(browserPort, 'data:rules-changed', { version });
  });
  const stopRetention = startRetentionSchedule(db);
  startToolbarAndCommands(showSidebar);
  startReinjectOnUpdate();
  return {
    db,
    rules,
    distribution,
    activity,
    router,
    tabs,
    showSidebar,
    setPolicy: (policy) => rules.setPolicy(policy),
    stop() {
      router.stop();
      stopBroadcast();
      tabs.stop();
      layout.stop();
      mode.stop();
      stopRetention();
      activity.stop();
      distribution.stop();
      rules.stop();
    },
  };
}
