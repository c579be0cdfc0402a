import { liveQuery, type Subscription } from 'dexie';
import type { LaipniDb } from '../data/database';
import { listPacks, readPack } from '../data/packs';
import { loadPersonalLayer } from '../data/personal';
import type { InstalledPackRecord } from '../core/model/installed-pack';
import { computeEffectivePack, layerInputs, type LayeringResult } from '../core/packs/layering';
import type { PersonalLayer, PolicyInput } from '../core/packs/overrides';
import type { Pack } from '../core/model/pack';
import { BUILTIN_SCRIPTS } from '../core/scripts/builtin';

/**
 * Holds the one effective rule set (pack JSON + version hash + layering report) and recomputes it
 * whenever packs or personal data change in any extension context (Dexie `liveQuery` observes
 * writes from the options page and the background's own stores). Listeners hear only real version changes.
 */

export interface RuleSetService {
  /** The current effective rule set (waits for the first computation). */
  current(): Promise<LayeringResult>;
  /** Company policy inputs (locked ids, personal rules allowed); recomputes. */
  setPolicy(policy: PolicyInput): void;
  /** Called with each new version; returns an unsubscribe function. */
  onChange(listener: (result: LayeringResult) => void): () => void;
  stop(): void;
}

interface Inputs {
  packs: InstalledPackRecord[];
  personal: PersonalLayer;
}

/** Parsed packs are cached by content hash: a recompute after a personal edit parses nothing. */
function packCache() {
  const cache = new Map<string, Pack | null>();
  return (record: InstalledPackRecord): Pack | null => {
    let pack = cache.get(record.hash);
    if (pack === undefined) {
      pack = readPack(record);
      cache.set(record.hash, pack);
    }
    return pack;
  };
}

export function createRuleSetService(db: LaipniDb): RuleSetService {
  const read = packCache();
  const listeners = new Set<(result: LayeringResult) => void>();
  let policy: PolicyInput = {};
  let inputs: Inputs | null = null;
  let latest: LayeringResult | null = null;
  let resolveFirst: (result: LayeringResult) => void = () => {};
  const first = new Promise<LayeringResult>((resolve) => (resolveFirst = resolve));

  const recompute = () => {
    if (!inputs) return;
    const result = computeEffectivePack({
      ...layerInputs(inputs.packs, read),
      personal: inputs.personal,
      policy,
      builtinScripts: BUILTIN_SCRIPTS,
    });
    // The report can change while the rules do not (a personal change a lock blocks): keep it
    // current for `test:layering-report` and the options page, but tell listeners only about new versions.
    const changed = latest?.version !== result.version;
    latest = result;
    resolveFirst(result);
    if (changed) for (const listener of listeners) listener(result);
  };

  const query = liveQuery(async (): Promise<Inputs> => {
    const [packs, personal] = await Promise.all([listPacks(db), loadPersonalLayer(db)]);
    return { packs, personal };
  });
  const subscription: Subscription = query.subscribe({
    next: (value) => {
      inputs = value;
      recompute();
    },
    error: (error: unknown) => console.error('Laipni: rule set query failed', error),
  });

  return {
    current: () => (latest ? Promise.resolve(latest) : first),
    setPolicy(next) {
      policy = next;
      recompute();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      subscription.unsubscribe();
      listeners.clear();
    },
  };
}
