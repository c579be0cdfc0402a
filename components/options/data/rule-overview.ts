import type { LaipniDb } from '../../../lib/data/database';
import { listPacks, readPack } from '../../../lib/data/packs';
import { loadPersonalLayer } from '../../../lib/data/personal';
import { loadPolicyInput } from '../../../lib/data/policy-state';
import type { InstalledPackRecord } from '../../../lib/core/model/installed-pack';
import { BUILTIN_PACK } from '../../../lib/core/engine';
import { BUILTIN_SCRIPTS } from '../../../lib/core/scripts/builtin';
import {
  computeEffectivePack,
  layerInputs,
  PERSONAL_LAYER_ID,
  type LayerPack,
  type LayeringResult,
  type PersonalChangeReport,
  type RuleReport,
} from '../../../lib/core/packs/layering';
import type { PersonalLayer, PolicyInput, RuleOverride } from '../../../lib/core/packs/overrides';
import type { Pack, Rule } from '../../../lib/core/model/pack';

/** One rule as the rules list shows it: the pack's definition, the agent's change, the lock. */
export interface RuleEntry {
  /** The winning layer's definition, before the agent's override. */
  rule: Rule;
  report: RuleReport;
  override?: RuleOverride;
}

export type GroupLayer = 'builtin' | 'team' | 'personal';

export interface RuleGroup {
  packId: string;
  /** The pack's name; empty for the personal group (the UI names it). */
  name: string;
  version: string;
  layer: GroupLayer;
  rules: RuleEntry[];
}

export interface RuleOverview {
  groups: RuleGroup[];
  /** Personal changes to rules no pack has any more (kept, and shown). */
  orphaned: PersonalChangeReport[];
  /** Personal changes a lock stops. */
  blocked: PersonalChangeReport[];
  personal: PersonalLayer;
  effective: LayeringResult;
  /** Every rule id in any layer (a new personal rule must not reuse one by accident). */
  ruleIds: Set<string>;
  /** false when company policy ignores the agent's own rules. */
  personalAllowed: boolean;
}

export interface InstalledLayers {
  builtin: Pack[];
  team: LayerPack[];
}

/**
 * The packs that take part in layering: active records only. Until the background has stored
 * the built-in pack (first start), the copy bundled with this page stands in for it.
 */
export function layersOf(records: readonly InstalledPackRecord[]): InstalledLayers {
  const layers = layerInputs(records, readPack);
  if (!records.some((r) => r.source === 'builtin')) layers.builtin.push(BUILTIN_PACK);
  return layers;
}

export function buildRuleOverview(
  layers: InstalledLayers,
  personal: PersonalLayer,
  policy?: PolicyInput,
): RuleOverview {
  const effective = computeEffectivePack({
    ...layers,
    personal,
    builtinScripts: BUILTIN_SCRIPTS,
    ...(policy ? { policy } : {}),
  });
  const definitions = new Map<string, Map<string, Rule>>();
  const allPacks = [...layers.builtin, ...layers.team.map((t) => t.pack)];
  const ruleIds = new Set<string>();
  for (const pack of allPacks) {
    definitions.set(pack.id, new Map(pack.rules.map((r) => [r.id, r])));
    for (const rule of pack.rules) ruleIds.add(rule.id);
  }
  definitions.set(PERSONAL_LAYER_ID, new Map(personal.rules.map((r) => [r.id, r])));
  for (const rule of personal.rules) ruleIds.add(rule.id);
  const overrides = new Map(personal.ruleOverrides.map((o) => [o.ruleId, o]));

  const groups = new Map<string, RuleGroup>();
  for (const info of effective.report.packs) {
    const pack = allPacks.find((p) => p.id === info.id);
    groups.set(info.id, {
      packId: info.id,
      name: pack?.name ?? info.id,
      version: info.version,
      layer: info.layer,
      rules: [],
    });
  }
  groups.set(PERSONAL_LAYER_ID, {
    packId: PERSONAL_LAYER_ID,
    name: '',
    version: '',
    layer: 'personal',
    rules: [],
  });

  for (const report of effective.report.rules) {
    const rule = definitions.get(report.packId)?.get(report.ruleId);
    const group = groups.get(report.packId);
    if (!rule || !group) continue;
    const override = overrides.get(report.ruleId);
    group.rules.push(override ? { rule, report, override } : { rule, report });
  }
  return {
    groups: [...groups.values()],
    orphaned: effective.report.orphaned,
    blocked: effective.report.blocked,
    personal,
    effective,
    ruleIds,
    personalAllowed: policy?.personalRulesAllowed !== false,
  };
}

/**
 * Reads packs, the personal layer and the company policy's locks, and layers them the way the
 * background's rule-set service does, so the page shows the same rules and locks.
 */
export async function loadRuleOverview(db: LaipniDb, policy?: PolicyInput): Promise<RuleOverview> {
  const [records, personal, applied] = await Promise.all([
    listPacks(db),
    loadPersonalLayer(db),
    policy ?? loadPolicyInput(db),
  ]);
  return buildRuleOverview(layersOf(records), personal, applied);
}
