import { BUILTIN_PACK } from '../core/engine';
import { getDatabase, type LaipniDb } from '../data/database';
import { ensureBuiltinPack } from '../data/packs';
import type { PolicyInput } from '../core/packs/overrides';
import type { Pack } from '../core/model/pack';
import { startDistribution, type Distribution } from './distribution/start';
import { startMessageRouter } from './router';
import { browserPagePort, startPageServices } from './tabs/start';
import { startRetentionSchedule } from './retention';
import { createRuleSetService, type RuleSetService } from './rule-set';

export interface BackgroundServicesOptions {
  /**
   * The pack bundled with this build, installed (or updated) as the built-in layer at start.
   * Default: the engine's built-in handbook pack; `null` skips it (tests).
   */
  builtinPack?: Pack | null;
  db?: LaipniDb;
}

export interface BackgroundServices {
  db: LaipniDb;
  rules: RuleSetService;
  /** Subscriptions and company policy (team-distribution issue). */
  distribution: Distribution;
  /** Company policy (team-distribution issue): locked ids, personal rules allowed. */
  setPolicy(policy: PolicyInput): void;
  stop(): void;
}

/** Ask the browser not to evict IndexedDB under storage pressure (where the context allows it). */
function requestPersistentStorage(): void {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } })
    .navigator?.storage;
  if (typeof storage?.persist === 'function') void storage.persist().catch(() => false);
}

/** Starts the data side of the background: rule set, data messages, broadcasts, retention. */
export function startBackgroundServices(
  options: BackgroundServicesOptions = {},
): BackgroundServices {
  const db = options.db ?? getDatabase();
  requestPersistentStorage();
  const builtin = options.builtinPack === undefined ? BUILTIN_PACK : options.builtinPack;
  if (builtin) {
    void ensureBuiltinPack(db, builtin).catch((error: unknown) =>
      console.error('Laipni: could not install the built-in pack', error),
    );
  }
  const rules = createRuleSetService(db);
  const page = startPageServices(db, rules, browserPagePort);
  const distribution = startDistribution(db, rules);
  const stopRouter = startMessageRouter(db, rules, page.handlers, distribution.handlers);
  const stopRetention = startRetentionSchedule(db);
  return {
    db,
    rules,
    distribution,
    setPolicy: (policy) => rules.setPolicy(policy),
    stop() {
      stopRouter();
      page.stop();
      stopRetention();
      distribution.stop();
      rules.stop();
    },
  };
}
