import type { ChecklistItem, ChecklistKind, LibraryPhrase, Rule } from '../model/pack';
import type { Script } from '../model/script';
import type { LocalizedText } from '../model/text';

/**
 * The agent's personal layer, as the layering function consumes it. The database stores the same
 * shapes (one record per override, rule, checklist item and phrase).
 */

/** A personal change to one pack rule, identified by its public id. */
export interface RuleOverride {
  ruleId: string;
  /** false: the agent switched the rule off; true: switched on a rule a pack ships off. */
  enabled?: boolean;
  /** Replaces the rule's replacements. */
  replacements?: string[];
  /** Replaces the rule's advice. */
  advice?: LocalizedText[];
}

export interface PersonalChecklistItem {
  checklist: ChecklistKind;
  item: ChecklistItem;
  /** Position among the agent's own items of that checklist. */
  order: number;
}

export interface PersonalLayer {
  ruleOverrides: RuleOverride[];
  rules: Rule[];
  checklistItems: PersonalChecklistItem[];
  phrases: LibraryPhrase[];
  /** The agent's own call scripts (made in the options page or imported). */
  scripts?: Script[];
}

export const EMPTY_PERSONAL_LAYER: PersonalLayer = {
  ruleOverrides: [],
  rules: [],
  checklistItems: [],
  phrases: [],
};

/** What company policy imposes; absent fields impose nothing. */
export interface PolicyInput {
  lockedRuleIds?: string[];
  /** false: the agent's own rules are ignored (and reported). Default true. */
  personalRulesAllowed?: boolean;
}
