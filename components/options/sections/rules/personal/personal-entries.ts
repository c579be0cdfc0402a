import { PERSONAL_LAYER_ID } from '../../../../../lib/core/packs/layering';
import type { RuleEntry, RuleOverview } from '../../../data/rule-overview';

export interface PersonalEntry {
  entry: RuleEntry;
  /** Who stops this rule from applying (a lock on the same id, or policy), if anyone. */
  blockedBy: string[];
  disallowed: boolean;
}

/**
 * Every personal rule the agent stored, including ones layering set aside (a lead locked the
 * same id, or policy forbids personal rules), so none of the agent's work ever disappears.
 */
export function personalEntries(overview: RuleOverview): PersonalEntry[] {
  const group = overview.groups.find((g) => g.packId === PERSONAL_LAYER_ID);
  const live = new Map((group?.rules ?? []).map((e) => [e.rule.id, e]));
  const disallowed = new Set(overview.effective.report.disallowed);
  const overrides = new Map(overview.personal.ruleOverrides.map((o) => [o.ruleId, o]));
  return overview.personal.rules.map((rule) => {
    const found = live.get(rule.id);
    if (found) return { entry: found, blockedBy: [], disallowed: false };
    const blocked = overview.blocked.find((b) => b.ruleId === rule.id && b.change === 'rule');
    const override = overrides.get(rule.id);
    const entry: RuleEntry = {
      rule,
      report: {
        ruleId: rule.id,
        packId: PERSONAL_LAYER_ID,
        overriddenPackIds: [],
        enabled: false,
        locked: false,
        lockedBy: [],
        disabledByAgent: override?.enabled === false,
        enabledByAgent: override?.enabled === true,
        editedByAgent: false,
      },
    };
    return { entry, blockedBy: blocked?.lockedBy ?? [], disallowed: disallowed.has(rule.id) };
  });
}
