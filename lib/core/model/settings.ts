import type { Channel, VariableName } from './pack';
import type { Language } from './text';

export interface Settings {
  agentName: string;
  agentSurname: string;
  company: string;
  uiLanguage: Language;
  /** Calls, contacts and statistics older than this are purged. */
  retentionDays: number;
  /** A call to the same contact within this window is a repeat call. */
  repeatCallWindowHours: number;
  /** Key that expands a phrase abbreviation («;sv»). */
  abbreviationKey: AbbreviationKey;
  /** Where the sidebar shows: docked in the CRM page, or in the browser's own side panel. */
  sidebarMode: SidebarMode;
  /**
   * The voice coach's customer side: an audio input carrying the call's other party (a
   * softphone's loopback device), by its `deviceId` in the extension's origin; '' for none.
   */
  voiceCustomerDevice: string;
}

export type AbbreviationKey = 'tab' | 'space';

export const SIDEBAR_MODES = ['in-page', 'side-panel'] as const;
export type SidebarMode = (typeof SIDEBAR_MODES)[number];

export interface SiteSettingsRecord {
  /** Host name («crm.example.lv»), see `siteKeyOf`. */
  site: string;
  enabled: boolean;
  sidebarOpen: boolean;
  sidebarWidth: number;
  /** The sidebar is folded to its narrow strip (the width above is kept for unfolding). */
  sidebarCollapsed: boolean;
  updatedAt: number;
}

/**
 * What a site profile can read from the page: suggestion variables (not the greeting, which
 * follows the clock) plus the contact.
 */
export type ProfileVariable = Exclude<VariableName, 'greeting'> | 'contactKey';
/** Every profile variable once, in the order a profile form offers them (the customer first). */
const PROFILE_VARIABLE_ORDER = {
  customerName: 0,
  customerNameVocative: 1,
  agentName: 2,
  agentSurname: 3,
  company: 4,
  contactKey: 5,
} satisfies Record<ProfileVariable, number>;
export const PROFILE_VARIABLES = Object.keys(PROFILE_VARIABLE_ORDER) as readonly ProfileVariable[];

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
