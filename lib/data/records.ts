import type { RuleOverride } from '../core/packs/overrides';
import type { ChecklistItem, ChecklistKind, LibraryPhrase, Rule } from '../core/model/pack';
import type { Script } from '../core/model/script';
import type { Settings } from '../core/model/settings';

/** The shapes stored in the tables that are not domain types of their own (current schema). */

export interface RuleOverrideRecord extends RuleOverride {
  updatedAt: number;
}

export interface PersonalRuleRecord {
  /** Same as `rule.id`. */
  id: string;
  rule: Rule;
  updatedAt: number;
}

export interface PersonalChecklistItemRecord {
  /** Same as `item.id`. */
  id: string;
  checklist: ChecklistKind;
  item: ChecklistItem;
  order: number;
  updatedAt: number;
}

export interface PersonalPhraseRecord {
  /** Same as `phrase.id`. */
  id: string;
  phrase: LibraryPhrase;
  updatedAt: number;
}

export interface PersonalScriptRecord {
  /** Same as `script.id`. */
  id: string;
  script: Script;
  updatedAt: number;
}

export interface SettingsRecord {
  key: 'settings';
  value: Partial<Settings>;
}

/** Per rule, per day, per flagged form; never the surrounding text. */
export interface RuleStatRecord {
  /** Local calendar day «YYYY-MM-DD». */
  day: string;
  ruleId: string;
  /** The flagged phrase form as typed, lower-cased («nezinu»). */
  form: string;
  flagged: number;
  accepted: number;
  ignored: number;
}

export interface MetaRecord {
  key: string;
  value: string;
}
