import { parseJsonText } from '../../core/packs/prescan';
import type { PackValidator } from '../validation/validator';
import type { LaipniDb } from '../../data/database';
import { importPack } from '../../data/pack-import';
import { listPacks, removePack } from '../../data/packs';
import { getPolicyState, putPolicyState } from '../../data/policy-state';
import type { PolicyStateRecord, CompanyPolicy, PolicyProblem } from '../../core/model/policy';
import { getSettings, updateSettings } from '../../data/settings';
import {
  addSubscription,
  listSubscriptions,
  removeSubscription,
  updateSubscription,
} from '../../data/subscriptions';
import { canonicalJson, fnv1a64 } from '../../core/packs/pack-hash';
import type { PolicyInput } from '../../core/packs/overrides';
import { managedKeys, parsePolicy } from './policy';

/**
 * Applies company policy: locks and "personal rules allowed" go to the rule-set service, the
 * retention period to the settings, inline packs are installed as `policy` packs, pack URLs become
 * subscriptions the agent cannot remove (their packs install as `policy` too), and policy packs
 * the policy no longer lists are removed. Policy wins over the agent's settings; the applied
 * state is stored so the pages can say what the company manages.
 */

export type PolicyState = PolicyStateRecord;

export interface PolicySource {
  read(): Promise<{ raw: unknown; source: PolicyState['source'] }>;
  onChange(listener: () => void): () => void;
}

export interface PolicyService {
  /** Settles once the policy was read and applied at start. */
  ready: Promise<void>;
  current(): CompanyPolicy;
  /** Reads the source again and applies what it says. */
  reload(): Promise<PolicyState>;
  state(): Promise<PolicyState>;
  stop(): void;
}

export interface PolicyServiceDeps {
  db: LaipniDb;
  rules: { setPolicy(policy: PolicyInput): void };
  source: PolicySource;
  now?: () => number;
  /** Validates inline packs off the background's thread; default: here. */
  validate?: PackValidator;
}

function inlineText(item: unknown): string {
  return typeof item === 'string' ? item : JSON.stringify(item);
}

function inlineId(text: string): string | null {
  const read = parseJsonText(text);
  const id = read.ok ? (read.value as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' ? id : null;
}

async function installInline(
  deps: PolicyServiceDeps,
  items: readonly unknown[],
  skipIfInstalled: boolean,
): Promise<{ ids: string[]; problems: PolicyProblem[] }> {
  const installed = new Map((await listPacks(deps.db)).map((p) => [p.id, p.source]));
  const ids: string[] = [];
  const problems: PolicyProblem[] = [];
  for (const [i, item] of items.entries()) {
    const text = inlineText(item);
    const id = inlineId(text);
    if (id) ids.push(id);
    // Unchanged policy and the pack still there: no re-validation at every worker start.
    if (skipIfInstalled && id && installed.get(id) === 'policy') continue;
    const result = await importPack(deps.db, text, {
      ...(deps.validate ? { validator: deps.validate } : {}),
      source: 'policy',
      // Policy decides the version, older or not.
      confirmDowngrade: true,
      origin: 'policy',
      now: (deps.now ?? Date.now)(),
    });
    if (!result.ok) {
      const first = result.errors[0];
      const at = first && first.path !== '' ? `${first.path}: ` : '';
      problems.push({
        key: `inlinePacks[${i}]`,
        lv: `Politikas paku nevarēja instalēt — ${at}${first?.lv ?? ''}`,
        en: `The policy pack could not be installed — ${at}${first?.en ?? ''}`,
      });
    }
  }
  return { ids, problems };
}

async function syncSubscriptions(db: LaipniDb, urls: readonly string[], now: number) {
  for (const sub of await listSubscriptions(db)) {
    if (sub.managed && !urls.includes(sub.url))
      await removeSubscription(db, sub.url, { managed: true });
    else if (!sub.managed && urls.includes(sub.url))
      await updateSubscription(db, sub.url, { managed: true });
  }
  for (const url of urls) await addSubscription(db, url, now, { managed: true });
}

/** Policy packs the policy no longer lists (inline or behind a managed URL) are removed. */
async function removeStalePolicyPacks(db: LaipniDb, keep: ReadonlySet<string>) {
  for (const pack of await listPacks(db))
    if (pack.source === 'policy' && !keep.has(pack.id)) await removePack(db, pack.id);
}

export function createPolicyService(deps: PolicyServiceDeps): PolicyService {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  let policy: CompanyPolicy = {};
  let queue: Promise<unknown> = Promise.resolve();

  const apply = async (raw: unknown, source: PolicyState['source']): Promise<PolicyState> => {
    const parsed = parsePolicy(raw);
    policy = parsed.policy;
    deps.rules.setPolicy({
      lockedRuleIds: policy.lockedRuleIds ?? [],
      personalRulesAllowed: policy.personalRulesAllowed ?? true,
    });
    if (
      policy.retentionDays !== undefined &&
      (await getSettings(db)).retentionDays !== policy.retentionDays
    )
      await updateSettings(db, { retentionDays: policy.retentionDays });
    if (
      policy.sidebarMode !== undefined &&
      (await getSettings(db)).sidebarMode !== policy.sidebarMode
    )
      await updateSettings(db, { sidebarMode: policy.sidebarMode });

    const hash = fnv1a64(canonicalJson(policy.inlinePacks ?? []));
    const previous = await getPolicyState(db);
    const sameInline = (previous as { inlineHash?: string } | null)?.inlineHash === hash;
    const inline = await installInline(deps, policy.inlinePacks ?? [], sameInline);
    await syncSubscriptions(db, policy.packUrls ?? [], now());
    const managedPackIds = (await listSubscriptions(db))
      .filter((s) => s.managed && s.packId)
      .map((s) => s.packId as string);
    await removeStalePolicyPacks(db, new Set([...inline.ids, ...managedPackIds]));

    const state: PolicyState & { inlineHash: string } = {
      source,
      appliedAt: now(),
      policy,
      managed: managedKeys(policy),
      problems: [...parsed.problems, ...inline.problems],
      inlinePackIds: inline.ids,
      inlineHash: inline.problems.length === 0 ? hash : '',
    };
    await putPolicyState(db, state);
    return state;
  };

  // Applications run one after another: a change event during a start-up read waits its turn.
  const reload = (): Promise<PolicyState> => {
    const run = queue.then(async () => {
      const { raw, source } = await deps.source.read();
      return apply(raw, source);
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const ready = reload().then(
    () => undefined,
    (error: unknown) => console.error('Laipni: company policy could not be applied', error),
  );
  const off = deps.source.onChange(() => {
    void reload().catch((error: unknown) =>
      console.error('Laipni: company policy could not be applied', error),
    );
  });

  return {
    ready,
    current: () => policy,
    reload,
    async state() {
      await ready;
      return (
        (await getPolicyState(db)) ?? {
          source: 'none',
          appliedAt: 0,
          policy: {},
          managed: [],
          problems: [],
          inlinePackIds: [],
        }
      );
    },
    stop: off,
  };
}
