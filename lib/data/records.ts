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

/**
 * A rule's counters of one day, all forms added up: kept on every write, so the trends read
 * rules × days rows instead of every form. Derived from `RuleStatRecord` rows (never backed up).
 */
export interface RuleDayTotalRecord {
  /** Local calendar day «YYYY-MM-DD». */
  day: string;
  ruleId: string;
  flagged: number;
  accepted: number;
  ignored: number;
}

/**
 * A phrase form's counters over the closed days (up to yesterday) of the statistics view's
 * period of `period` days, so the view's top phrases read the most flagged forms instead of
 * every row. The row of form NO_FORM («», never counted as a phrase) marks which days it covers.
 * Derived from `RuleStatRecord` rows (never backed up).
 */
export interface FormWindowRecord {
  period: number;
  form: string;
  flagged: number;
  accepted: number;
  /** Rows of the window per rule: a rule whose count falls to 0 is no longer listed. */
  rules: Record<string, number>;
  /** Only on the marker row: the first and last day the window covers. */
  from?: string;
  to?: string;
}

export interface MetaRecord {
  key: string;
  value: string;
}
