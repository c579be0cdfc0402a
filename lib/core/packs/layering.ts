import {
  PACK_FORMAT,
  PACK_FORMAT_V2,
  CHECKLIST_KINDS,
  type ChecklistItem,
  type ChecklistKind,
  type Checklists,
  type LibraryPhrase,
  type Pack,
  type Rule,
} from '../model/pack';
import { canonicalJson, fnv1a64 } from './pack-hash';
import type { InstalledPackRecord } from '../model/installed-pack';
import type { PersonalLayer, PolicyInput, RuleOverride } from './overrides';
import { compareSemver } from './semver';
import type { Script } from '../model/script';
import { layerScripts, type ScriptReport } from './layering-scripts';

/**
 * Effective pack = built-in < team packs (ascending priority, then id) < personal layer.
 * A higher layer's rule with the same id replaces the lower one. Locks (a rule's `locked`, a
 * pack's `locked` ids, policy ids) stop personal changes; those are reported as blocked.
 * Personal changes to rules that no longer exist are reported as orphaned, never dropped.
 */

export const EFFECTIVE_PACK_ID = 'laipni.effective';
export const PERSONAL_LAYER_ID = 'personal';
export const POLICY_LOCK = 'policy';

export interface LayerPack {
  pack: Pack;
  /** The installed priority (the person may change it); defaults to the pack's own. */
  priority?: number;
}

/**
 * The installed packs that take part in layering (active ones), split into the built-in layer
 * and team packs with their priorities. `read` parses a record (null when it is damaged).
 */
export function layerInputs(
  packs: readonly InstalledPackRecord[],
  read: (record: InstalledPackRecord) => Pack | null,
): { builtin: Pack[]; team: LayerPack[] } {
  const builtin: Pack[] = [];
  const team: LayerPack[] = [];
  for (const record of packs) {
    if (record.status !== 'active') continue;
    const pack = read(record);
    if (!pack) continue;
    if (record.source === 'builtin') builtin.push(pack);
    else team.push({ pack, priority: record.priority });
  }
  return { builtin, team };
}

export interface LayeringInput {
  builtin: Pack[];
  team: LayerPack[];
  personal: PersonalLayer;
  policy?: PolicyInput;
  /** The built-in scripts: the lowest layer of scripts (lib/core/scripts/builtin.ts). */
  builtinScripts?: readonly Script[];
}

export type PersonalChange = 'disable' | 'enable' | 'edit' | 'rule';

export interface RuleReport {
  ruleId: string;
  /** Pack whose definition won (`personal` for the agent's own rules). */
  packId: string;
  /** Lower packs whose definition of this id was replaced, lowest first. */
  overriddenPackIds: string[];
  enabled: boolean;
  locked: boolean;
  /** Pack ids (or `policy`) that lock the rule. */
  lockedBy: string[];
  disabledByAgent: boolean;
  enabledByAgent: boolean;
  editedByAgent: boolean;
}

export interface PersonalChangeReport {
  ruleId: string;
  change: PersonalChange;
  lockedBy?: string[];
}

export interface LayeringReport {
  /** Every rule of every layer (including switched-off ones), in effective order. */
  rules: RuleReport[];
  blocked: PersonalChangeReport[];
  orphaned: PersonalChangeReport[];
  /** Personal rule ids ignored because policy disallows personal rules. */
  disallowed: string[];
  packs: Array<{ id: string; version: string; priority: number; layer: 'builtin' | 'team' }>;
  /** Every effective script and where it came from. */
  scripts: ScriptReport[];
  /** The agent's script ids a locked team script keeps. */
  blockedScripts: string[];
}

export interface LayeringResult {
  pack: Pack;
  /** Hash of the effective pack's canonical JSON: equal rules, equal version. */
  version: string;
  report: LayeringReport;
}

interface Slot {
  rule: Rule;
  packId: string;
  overridden: string[];
  override?: RuleOverride;
}

function orderedTeam(team: LayerPack[]): Array<{ pack: Pack; priority: number }> {
  return team
    .map((t) => ({ pack: t.pack, priority: t.priority ?? t.pack.priority ?? 0 }))
    .sort(
      (a, b) =>
        a.priority - b.priority || (a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : 0),
    );
}

function addLock(locks: Map<string, string[]>, ruleId: string, by: string): void {
  const list = locks.get(ruleId);
  if (!list) locks.set(ruleId, [by]);
  else if (!list.includes(by)) list.push(by);
}

function mergeById<T extends { id: string }>(
  into: Map<string, T>,
  items: readonly T[] | undefined,
): void {
  for (const item of items ?? []) {
    into.delete(item.id); // a replaced item moves to where the higher layer put it
    into.set(item.id, item);
  }
}

function mergeChecklists(packs: Pack[], personal: PersonalLayer): Checklists {
  const out: Checklists = {};
  for (const kind of CHECKLIST_KINDS) {
    const items = new Map<string, ChecklistItem>();
    for (const pack of packs) mergeById(items, pack.checklists?.[kind]);
    const own = personal.checklistItems
      .filter((p) => p.checklist === kind)
      .sort((a, b) => a.order - b.order)
      .map((p) => p.item);
    mergeById(items, own);
    if (items.size > 0) out[kind as ChecklistKind] = [...items.values()];
  }
  return out;
}

function applyOverride(rule: Rule, override: RuleOverride | undefined): Rule {
  if (!override) return rule;
  const out: Rule = { ...rule };
  if (override.replacements) out.replacements = override.replacements;
  if (override.advice) out.advice = override.advice;
  return out;
}

function isEdit(o: RuleOverride): boolean {
  return o.replacements !== undefined || o.advice !== undefined;
}

function changesOf(o: RuleOverride): PersonalChange[] {
  const out: PersonalChange[] = [];
  if (o.enabled === false) out.push('disable');
  if (o.enabled === true) out.push('enable');
  if (isEdit(o)) out.push('edit');
  return out;
}

/**
 * Each effective rule and the hash of its canonical JSON, cached by its source rule object and
 * the personal change applied to it. Packs are parsed once per content (the rule-set service
 * caches them), so a recompute after a personal edit builds and serialises only what changed.
 * Cached rules are shared between results; nothing mutates them.
 */
interface EffectiveRule {
  rule: Rule;
  hash: string;
}

const effectiveRuleCache = new WeakMap<Rule, Map<string, EffectiveRule>>();

function buildEffectiveRule(
  source: Rule,
  override: RuleOverride | undefined,
  locked: boolean,
): Rule {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(applyOverride(source, override))) {
    // Examples are the pack's tests and `enabled` is resolved here; frames need neither.
    if (key !== 'examples' && key !== 'enabled') out[key] = value;
  }
  if (locked) out.locked = true;
  return out as unknown as Rule;
}

function effectiveRule(
  source: Rule,
  override: RuleOverride | undefined,
  locked: boolean,
): EffectiveRule {
  let byVariant = effectiveRuleCache.get(source);
  if (!byVariant) {
    byVariant = new Map();
    effectiveRuleCache.set(source, byVariant);
  }
  const variant = `${locked ? 'L' : ''}|${override ? canonicalJson(override) : ''}`;
  let entry = byVariant.get(variant);
  if (!entry) {
    const rule = buildEffectiveRule(source, override, locked);
    entry = { rule, hash: fnv1a64(canonicalJson(rule)) };
    byVariant.set(variant, entry);
  }
  return entry;
}

export function computeEffectivePack(input: LayeringInput): LayeringResult {
  const builtin = [...input.builtin].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const team = orderedTeam(input.team);
  const layers: Array<{ pack: Pack; priority: number; layer: 'builtin' | 'team' }> = [
    ...builtin.map((pack) => ({ pack, priority: pack.priority ?? 0, layer: 'builtin' as const })),
    ...team.map((t) => ({ ...t, layer: 'team' as const })),
  ];

  const slots = new Map<string, Slot>();
  const locks = new Map<string, string[]>();
  for (const { pack } of layers) {
    for (const rule of pack.rules) {
      const prev = slots.get(rule.id);
      slots.set(rule.id, {
        rule,
        packId: pack.id,
        overridden: prev ? [...prev.overridden, prev.packId] : [],
      });
    }
    for (const id of pack.locked ?? []) addLock(locks, id, pack.id);
  }
  for (const slot of slots.values())
    if (slot.rule.locked) addLock(locks, slot.rule.id, slot.packId);
  for (const id of input.policy?.lockedRuleIds ?? []) addLock(locks, id, POLICY_LOCK);

  const blocked: PersonalChangeReport[] = [];
  const orphaned: PersonalChangeReport[] = [];
  const disallowed: string[] = [];
  const personalAllowed = input.policy?.personalRulesAllowed !== false;

  for (const rule of input.personal.rules) {
    if (!personalAllowed) {
      disallowed.push(rule.id);
      continue;
    }
    const lockedBy = locks.get(rule.id);
    if (lockedBy && slots.has(rule.id)) {
      blocked.push({ ruleId: rule.id, change: 'rule', lockedBy: [...lockedBy] });
      continue;
    }
    const prev = slots.get(rule.id);
    slots.set(rule.id, {
      rule,
      packId: PERSONAL_LAYER_ID,
      overridden: prev ? [...prev.overridden, prev.packId] : [],
    });
  }

  for (const override of input.personal.ruleOverrides) {
    const slot = slots.get(override.ruleId);
    const changes = changesOf(override);
    if (!slot) {
      for (const change of changes) orphaned.push({ ruleId: override.ruleId, change });
      continue;
    }
    const lockedBy = locks.get(override.ruleId);
    if (lockedBy) {
      for (const change of changes)
        blocked.push({ ruleId: override.ruleId, change, lockedBy: [...lockedBy] });
      continue;
    }
    slot.override = override;
  }

  const rules: Rule[] = [];
  const ruleHashes: string[] = [];
  const reports: RuleReport[] = [];
  const lockedIds: string[] = [];
  for (const slot of slots.values()) {
    const { rule, override } = slot;
    const lockedBy = locks.get(rule.id) ?? [];
    const enabled = override?.enabled ?? rule.enabled ?? true;
    reports.push({
      ruleId: rule.id,
      packId: slot.packId,
      overriddenPackIds: slot.overridden,
      enabled,
      locked: lockedBy.length > 0,
      lockedBy: [...lockedBy],
      disabledByAgent: override?.enabled === false,
      enabledByAgent: override?.enabled === true,
      editedByAgent: override ? isEdit(override) : false,
    });
    if (lockedBy.length > 0) lockedIds.push(rule.id);
    if (!enabled) continue;
    const entry = effectiveRule(rule, override, lockedBy.length > 0);
    rules.push(entry.rule);
    ruleHashes.push(entry.hash);
  }

  const allPacks = layers.map((l) => l.pack);
  const phrases = new Map<string, LibraryPhrase>();
  for (const pack of allPacks) mergeById(phrases, pack.phrases);
  // The agent's own phrases are their own wording, like their own rules: a company that does
  // not allow personal rules does not get personal phrases inserted either.
  if (personalAllowed) mergeById(phrases, input.personal.phrases);

  let minEngineVersion: string | undefined;
  for (const pack of allPacks) {
    const wanted = pack.minEngineVersion;
    if (wanted && (!minEngineVersion || compareSemver(wanted, minEngineVersion) > 0))
      minEngineVersion = wanted;
  }

  // The agent's own scripts are their own wording too, as their phrases are.
  const scripts = layerScripts([
    { packId: 'builtin', layer: 'builtin', scripts: input.builtinScripts ?? [] },
    ...layers.map((l) => ({ packId: l.pack.id, layer: l.layer, scripts: l.pack.scripts ?? [] })),
    {
      packId: PERSONAL_LAYER_ID,
      layer: 'personal',
      scripts: personalAllowed ? (input.personal.scripts ?? []) : [],
    },
  ]);

  const pack: Pack = {
    format: scripts.scripts.length > 0 ? PACK_FORMAT_V2 : PACK_FORMAT,
    id: EFFECTIVE_PACK_ID,
    name: 'Laipni',
    version: '1.0.0',
    author: 'Laipni',
    language: builtin[0]?.language ?? team[0]?.pack.language ?? 'lv',
    ...(minEngineVersion ? { minEngineVersion } : {}),
    ...(lockedIds.length > 0 ? { locked: lockedIds } : {}),
    rules,
    checklists: mergeChecklists(allPacks, input.personal),
    phrases: [...phrases.values()],
    ...(scripts.scripts.length > 0 ? { scripts: scripts.scripts } : {}),
  };

  return {
    pack,
    // A hash over the canonical JSON of the metadata and of each rule and script (cached per
    // rule and script), so it changes with any content and costs little for large packs.
    version: fnv1a64(
      `${canonicalJson({ ...pack, rules: [], ...(pack.scripts ? { scripts: [] } : {}) })}\u0000${ruleHashes.join(',')}${
        scripts.hashes.length > 0 ? `\u0000${scripts.hashes.join(',')}` : ''
      }`,
    ),
    report: {
      rules: reports,
      blocked,
      orphaned,
      disallowed,
      packs: layers.map((l) => ({
        id: l.pack.id,
        version: l.pack.version,
        priority: l.priority,
        layer: l.layer,
      })),
      scripts: scripts.report,
      blockedScripts: scripts.blocked,
    },
  };
}
