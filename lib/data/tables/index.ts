import type { Table } from 'dexie';
import { callsTable } from './calls';
import { contactsTable } from './contacts';
import { metaTable } from './meta';
import { formWindowsTable } from './form-windows';
import { packsTable } from './packs';
import { personalChecklistItemsTable } from './personal-checklist-items';
import { personalPhrasesTable } from './personal-phrases';
import { personalRulesTable } from './personal-rules';
import { personalScriptsTable } from './personal-scripts';
import { ruleDayTotalsTable } from './rule-day-totals';
import { ruleOverridesTable } from './rule-overrides';
import { ruleStatsTable } from './rule-stats';
import { settingsTable } from './settings';
import { siteProfilesTable } from './site-profiles';
import { siteSettingsTable } from './site-settings';
import { stateTable } from './state';
import { subscriptionsTable } from './subscriptions';

/** Every table the database has had, one descriptor each. */
export const TABLES = {
  packs: packsTable,
  ruleOverrides: ruleOverridesTable,
  personalRules: personalRulesTable,
  personalChecklistItems: personalChecklistItemsTable,
  personalPhrases: personalPhrasesTable,
  personalScripts: personalScriptsTable,
  calls: callsTable,
  contacts: contactsTable,
  siteSettings: siteSettingsTable,
  siteProfiles: siteProfilesTable,
  settings: settingsTable,
  ruleStats: ruleStatsTable,
  ruleDayTotals: ruleDayTotalsTable,
  formWindows: formWindowsTable,
  subscriptions: subscriptionsTable,
  state: stateTable,
  meta: metaTable,
};

type Descriptors = typeof TABLES;
type RowOf<D extends { row?: unknown }> = Exclude<D['row'], undefined>;
type KeyOf<D extends { key?: unknown }> = Exclude<D['key'], undefined>;

/** A property per current table, typed by its descriptor (Dexie adds them from the schema). */
export type DbTables = {
  [K in TableName]: Table<RowOf<Descriptors[K]>, KeyOf<Descriptors[K]>>;
};

/** The tables of the current schema (the ones a version deleted are not). */
export type TableName = Exclude<keyof Descriptors, 'meta'>;

const current = (name: keyof Descriptors): name is TableName =>
  Object.values(TABLES[name].versions).at(-1) !== null;

/** The tables of the current schema, for dumps and transactions over everything. */
export const TABLE_NAMES: readonly TableName[] = (
  Object.keys(TABLES) as (keyof Descriptors)[]
).filter(current);
const names = TABLE_NAMES;

/** Tables whose rows a backup holds and a restore replaces. */
export const BACKUP_ROW_TABLES = names.filter((n) => TABLES[n].backup === 'rows');

/** Tables left out of a backup and made again from the restored rows. */
export const DERIVED_TABLES = names.filter((n) => TABLES[n].backup === 'derived');

/** Tables "delete all personal data" empties. */
export const PERSONAL_TABLES = names.filter((n) => TABLES[n].personal);

/** Tables a retention purge looks at. */
export const RETAINED_TABLES = names.filter((n) => TABLES[n].purge !== undefined);
