import type { RuleOverride } from '../packs/overrides';
import type {
  Channel,
  ChecklistItem,
  ChecklistKind,
  LibraryPhrase,
  LocalizedText,
  Phase,
  Rule,
  VariableName,
} from './pack';

/** The shapes stored in each table (current schema version). */

export type PackSource = 'builtin' | 'file' | 'url' | 'policy';
export const PACK_SOURCES: readonly PackSource[] = ['builtin', 'file', 'url', 'policy'];

/** `active` packs take part in layering; `disabled` ones are kept but ignored. */
export type PackStatus = 'active' | 'disabled';

export interface InstalledPackRecord {
  id: string;
  version: string;
  name: string;
  source: PackSource;
  /** Layering order among team packs (higher wins); starts as the pack's own `priority`. */
  priority: number;
  /** The validated pack as JSON text: cheap to store, parsed once per recompute. */
  json: string;
  /** FNV-1a 64 of `json` (see `packJson`). */
  hash: string;
  ruleCount: number;
  installedAt: number;
  updatedAt: number;
  status: PackStatus;
  /** The last problem with this pack (e.g. a failed update that kept this version). */
  statusMessage?: LocalizedText;
  /** File name or URL it came from. */
  origin?: string;
}

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

export type CallDirection = 'inbound' | 'outbound';
/** Derived from `endedAt` and `dropped` (schema v2) so it can be indexed; booleans cannot. */
export type CallOutcome = 'open' | 'completed' | 'dropped';

export interface PhaseMark {
  phase: Phase;
  at: number;
}

export interface ChecklistTick {
  itemId: string;
  checklist: ChecklistKind;
  at: number;
  /** Ticked by detected text rather than by hand. */
  auto: boolean;
}

export interface CallRecord {
  id: string;
  startedAt: number;
  endedAt: number | null;
  tabId: number | null;
  /** Site key (host name) of the tab the call started on. */
  site: string;
  direction: CallDirection;
  /** HMAC-SHA-256 of the normalised contact (see contact-key.ts); null when unknown. */
  contactKey: string | null;
  /** Shown in the call log so the agent recognises the call. */
  customerName: string | null;
  /** The agent placed the call (the call-back reminder after a drop goes to them). */
  startedByAgent: boolean;
  /** The earlier call of this contact that made this a repeat call. */
  repeatOfCallId: string | null;
  phases: PhaseMark[];
  /** Items currently ticked. */
  ticks: ChecklistTick[];
  findings: number;
  accepted: number;
  ignored: number;
  dropped: boolean;
  outcome: CallOutcome;
  /** Effective rule-set version during the call. */
  rulesVersion: string | null;
}

export interface ContactRecord {
  contactKey: string;
  firstSeenAt: number;
  lastCallAt: number;
  lastCallId: string;
  callCount: number;
  customerName: string | null;
}

export interface SiteSettingsRecord {
  /** Host name («crm.example.lv»), see `siteKeyOf`. */
  site: string;
  enabled: boolean;
  sidebarOpen: boolean;
  sidebarWidth: number;
  updatedAt: number;
}

/** What a site profile can read from the page: suggestion variables plus the contact. */
export type ProfileVariable = VariableName | 'contactKey';

export interface SiteProfileRecord {
  id: string;
  name: string;
  site: string;
  /** Only pages whose path starts with this (optional). */
  pathPrefix?: string;
  variables: Array<{ variable: ProfileVariable; selector: string }>;
  channels: Array<{ selector: string; channel: Channel }>;
  source: 'builtin' | 'user' | 'policy';
  updatedAt: number;
}

export type UiLanguage = 'lv' | 'en';

export interface Settings {
  agentName: string;
  agentSurname: string;
  company: string;
  uiLanguage: UiLanguage;
  /** Calls, contacts and statistics older than this are purged. */
  retentionDays: number;
  /** A call to the same contact within this window is a repeat call. */
  repeatCallWindowHours: number;
  /** Key that expands a phrase abbreviation («;sv»). */
  abbreviationKey: 'tab' | 'space';
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
