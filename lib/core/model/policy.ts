import type { SidebarMode } from './settings';

/**
 * Company policy as IT sets it (Chrome enterprise policy / Firefox `policies.json`, read through
 * `storage.managed`; the keys are declared in public/managed-schema.json).
 */

export interface CompanyPolicy {
  /** Pack URLs to subscribe to (installed as `policy` packs, not removable by the agent). */
  packUrls?: string[];
  /** Packs given in the policy itself, as JSON text (or objects where the browser allows). */
  inlinePacks?: unknown[];
  /** Rule ids personal overrides may not change. */
  lockedRuleIds?: string[];
  /** Public keys (base64 raw Ed25519) that downloaded packs must be signed with. */
  publicKeys?: string[];
  personalRulesAllowed?: boolean;
  /** Calls and statistics older than this are purged. */
  retentionDays?: number;
  /** Subscription refresh period in minutes. */
  refreshMinutes?: number;
  /** "Only these sites": when set, Laipni runs only on these host names. */
  onlySites?: string[];
  /** Sites where Laipni starts switched off (the agent may switch it on unless `onlySites`). */
  disabledSites?: string[];
  sidebarOpenByDefault?: boolean;
  sidebarWidth?: number;
  /**
   * Turns the activity export on: each day's counts are sent by HTTP PUT to
   * `<activityExportUrl>/<agentId>/<day>.json` (https, or http on this computer).
   */
  activityExportUrl?: string;
  /** The agent's id in the export (the company's choice); else a random id per installation. */
  activityAgentId?: string;
  /** The team id in the export. */
  activityTeam?: string;
  /**
   * Sent as the `Authorization` header of each upload (`Bearer …`, `Basic …`), for a store that
   * takes files only with credentials. Never shown in the options page.
   */
  activityExportAuthorization?: string;
  /** Where the sidebar shows (the agent's choice in the options page otherwise). */
  sidebarMode?: SidebarMode;
}

export type PolicyKey = keyof CompanyPolicy;

export const POLICY_KEYS: readonly PolicyKey[] = [
  'packUrls',
  'inlinePacks',
  'lockedRuleIds',
  'publicKeys',
  'personalRulesAllowed',
  'retentionDays',
  'refreshMinutes',
  'onlySites',
  'disabledSites',
  'sidebarOpenByDefault',
  'sidebarWidth',
  'activityExportUrl',
  'activityAgentId',
  'activityTeam',
  'activityExportAuthorization',
  'sidebarMode',
];

export interface PolicyProblem {
  key: string;
  lv: string;
  en: string;
}

/** The company policy as last applied by the background (extension pages read it). */
export interface PolicyStateRecord {
  /** Where the policy came from: the browser's managed storage, the test hook, or nowhere. */
  source: 'managed' | 'test' | 'none';
  appliedAt: number;
  policy: CompanyPolicy;
  /** Keys of `policy` that are set (what the UI marks as managed). */
  managed: string[];
  /** Policy fields that were wrong and ignored, and packs the policy could not install. */
  problems: PolicyProblem[];
  /** Ids of the packs the policy installed inline. */
  inlinePackIds: string[];
}
