import type { CallDirection, CallOutcome } from '../core/model/call';
import type { ProfileVariable } from '../core/model/settings';
import type { Language } from '../core/model/text';
import type { Channel, ChecklistItem, Phase } from '../core/model/pack';
import type { Finding, FindingRef } from '../core/model/finding';

/**
 * The page family: a CRM frame's page engine and the background (page context, the focused
 * field's findings, page values, tel: links), and the background's relay of the sidebar's apply
 * and insert to the frame. Merged into `ProtocolMap`.
 */

/** What a site profile read from the CRM page. The contact is hashed by the background. */
/** Findings one page message may carry (to the sidebar, to the card): the schemas' bound. */
export const MAX_PAGE_FINDINGS = 50;

export type PageValues = Partial<Record<ProfileVariable, string>>;

/** What the background tells a page about the running call and the agent (per tab). */
export interface CallContextPayload {
  /** A call is running (in any tab of this browser profile). */
  active: boolean;
  callId?: string;
  phase?: Phase;
  repeatCall?: boolean;
  /** This call follows a dropped call to the same contact (the dropped-call checklist applies). */
  afterDrop?: boolean;
  /** agentName, agentSurname, company, customerName, … for suggestions. */
  variables: Record<string, string>;
  /**
   * The running script's steps that typed text can say, as checklist items (id, title,
   * detect); only to frames of the call's own site, as the variables.
   */
  scriptSteps?: ChecklistItem[];
}

export interface SiteProfileView {
  variables: Array<{ variable: ProfileVariable; selector: string }>;
  channels: Array<{ selector: string; channel: Channel }>;
}

/** Everything a page engine needs at start besides the rule set. */
export interface PageSetup {
  /** Laipni is switched on for this site. */
  enabled: boolean;
  profile: SiteProfileView | null;
  context: CallContextPayload;
  /** The typing abbreviations («;sv»); their texts are filled by the background on use. */
  abbreviations: string[];
  abbreviationKey: 'tab' | 'space';
  uiLanguage: Language;
}

/**
 * A finding as a CRM frame knows it: the span and the match's own values, no texts of the
 * agent's (the card and the sidebar fill reasons and suggestions where those are).
 */
export interface PageFinding extends FindingRef {
  severity: Finding['severity'];
  vars?: Record<string, string>;
}

/** A finding as the card and the sidebar show it: filled in the background for the tab. */
export interface FindingView extends PageFinding {
  message: string;
  suggestions: string[];
  advice: string[];
}

/** The sidebar's view of its tab. */
export interface TabState {
  tabId: number;
  site: string;
  findings: FindingView[];
  page: { customerName?: string; company?: string; contactSeen: boolean };
  /** The agent clicked a tel: link: offer to start a call to it. */
  telOffer?: { number: string; at: number };
  /** The site profile the page matched (scripts fit some profiles only). */
  profileId?: string;
}

export type RelayResult = { ok: true } | { ok: false; reason: string };

/**
 * The sidebar starts a call in its own tab; the background adds the tab's hashed contact and
 * the site.
 */
export interface StartCallRequest {
  direction: CallDirection;
  startedByAgent: boolean;
  /** The call goes to this number (a tel: offer): its hash is the contact, not the page's. */
  number?: string;
  /** A call-back after a dropped line: the contact and customer of that call. */
  callBackOf?: string;
  /** Start the call with this script of the effective pack. */
  scriptId?: string;
}

export interface StartCallResponse {
  callId: string;
  /** The contact's earlier call within the repeat window that makes this a repeat call. */
  repeatOf?: { startedAt: number; outcome: CallOutcome; endedAt: number | null };
}

export interface PageProtocolMap {
  /** Content: site switch, profile, call context, abbreviations for this tab's site. */
  'page:setup': { request: Record<string, never>; response: PageSetup };
  /** Content: the focused field's current findings (for the sidebar). */
  'page:findings': { request: { findings: PageFinding[] }; response: { relayed: boolean } };
  /**
   * Content: show these findings in this frame's card (null: close it). Sent only on the
   * agent's own action (a real click, caret move or key).
   */
  'page:card': { request: { findings: PageFinding[] | null }; response: { shown: boolean } };
  /** Content: the agent typed or clicked in this frame for real (inserts go here). */
  'page:interaction': { request: Record<string, never>; response: Record<string, never> };
  /** Content: on a real key press, the filled text of a typing abbreviation. */
  'page:expand': { request: { abbreviation: string }; response: { text: string | null } };
  /** Content: on a real Alt+Enter, the filled first suggestion of a finding. */
  'page:fill': { request: { finding: PageFinding }; response: { text: string | null } };
  /** Content: values the site profile read from the page (customer name, contact, …). */
  'page:values': { request: { values: PageValues }; response: { contactSeen: boolean } };
  /** Content: the agent clicked a tel: link. */
  'page:tel-click': { request: { number: string }; response: { offered: boolean } };
}

/** Background → tabs. */
export interface PageBroadcastMap {
  /** To every frame of one tab when the call, the agent's settings or the page values change. */
  'call:context': CallContextPayload;
  /** To every frame of a tab whose site was switched off (by the agent or by policy). */
  'page:site-off': Record<string, never>;
}

/** Background → one frame (tabs.sendMessage with frameId): act in the field and its card. */
export interface PageCommandMap {
  'page:apply': { request: { finding: FindingRef; suggestion: string }; response: RelayResult };
  'page:insert': { request: { text: string; target?: 'note' }; response: RelayResult };
  /** The agent ignored the finding in the card. */
  'page:ignore': { request: { finding: FindingRef }; response: RelayResult };
  /** The card's content height, so the frame around it fits. */
  'page:card-size': { request: { height: number }; response: RelayResult };
  /** The agent closed the card (Escape in it). */
  'page:card-close': { request: Record<string, never>; response: RelayResult };
}
