import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { CallRecord, ContactRecord } from '../core/model/call';
import type { InstalledPackRecord } from '../core/model/installed-pack';
import type {
  MetaRecord,
  PersonalChecklistItemRecord,
  PersonalPhraseRecord,
  PersonalRuleRecord,
  RuleOverrideRecord,
  RuleStatRecord,
  SettingsRecord,
} from './records';
import type { SiteProfileRecord, SiteSettingsRecord } from '../core/model/settings';
import { declareV1, declareV2 } from './schema';

export const DB_NAME = 'laipni';

/** The extension's database. Opened only in the extension's own origin (background, pages). */
export class LaipniDb extends Dexie {
  packs!: Table<InstalledPackRecord, string>;
  ruleOverrides!: Table<RuleOverrideRecord, string>;
  personalRules!: Table<PersonalRuleRecord, string>;
  personalChecklistItems!: Table<PersonalChecklistItemRecord, string>;
  personalPhrases!: Table<PersonalPhraseRecord, string>;
  calls!: Table<CallRecord, string>;
  contacts!: Table<ContactRecord, string>;
  siteSettings!: Table<SiteSettingsRecord, string>;
  siteProfiles!: Table<SiteProfileRecord, string>;
  settings!: Table<SettingsRecord, string>;
  ruleStats!: Table<RuleStatRecord, [string, string, string]>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareV1(this);
    declareV2(this);
  }
}

/** Every table, for dumps, backups and "delete all". */
export const TABLE_NAMES = [
  'packs',
  'ruleOverrides',
  'personalRules',
  'personalChecklistItems',
  'personalPhrases',
  'calls',
  'contacts',
  'siteSettings',
  'siteProfiles',
  'settings',
  'ruleStats',
  'meta',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

let shared: LaipniDb | null = null;

/** The one database instance of this extension context. */
export function getDatabase(): LaipniDb {
  shared ??= new LaipniDb();
  return shared;
}
