import { computeContactKey } from '../../data/contact-key';
import type { LaipniDb } from '../../data/database';
import { getPolicyState } from '../../data/policy-state';
import { getSettings } from '../../data/settings';
import { siteAllowedByPolicy } from '../distribution/policy';
import { type CompanyPolicy } from '../../core/model/policy';
import { getSiteSettings, profilesForSite, siteKeyOf } from '../../data/sites';
import { envelope } from '../../protocol/data-messages';
import type { PageCommandMap, PageProtocolMap, RelayResult } from '../../protocol/page-messages';
import type { Handler, HandlerContext } from '../../protocol/transport/router';
import type { RuleSetService } from '../rule-set';
import { callContextFor } from './call-context';
import { libraryAbbreviations } from './abbreviations';
import { createStartCallHandler } from './start-call';
import type { TabStates } from './tab-states';

/** The browser calls the page handlers need, injected so they are tested without a browser. */
export interface PagePort {
  sendToFrame(tabId: number, frameId: number, message: unknown): Promise<unknown>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  sendToPages(message: unknown): Promise<unknown>;
  /** Opens the tab's sidebar if it is closed (a tel: link offers a call there). */
  openSidebar(tabId: number): Promise<void>;
}

export type PageHandlers = { [K in keyof PageProtocolMap]: Handler<K> };

function tabOf(context: HandlerContext): { tabId: number; site: string; frameId: number } {
  const tabId = context.sender.tab?.id;
  if (tabId === undefined) throw new Error('no tab');
  return {
    tabId,
    site: siteKeyOf(context.sender.tab?.url ?? ''),
    frameId: context.sender.frameId ?? 0,
  };
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').pathname;
  } catch {
    return '/';
  }
}

export function createPageHandlers(
  db: LaipniDb,
  rules: RuleSetService,
  tabs: TabStates,
  port: PagePort,
): PageHandlers {
  const pushTabState = (tabId: number) =>
    port.sendToPages(envelope('sidebar:tab-state', tabs.view(tabId))).catch(() => undefined);
  const pushContext = async (tabId: number) =>
    port
      .sendToTab(tabId, envelope('call:context', await callContextFor(db, tabs.get(tabId))))
      .catch(() => undefined);

  const relay = async <K extends keyof PageCommandMap>(
    tabId: number,
    frameId: number | undefined,
    name: K,
    request: PageCommandMap[K]['request'],
  ): Promise<RelayResult> => {
    if (frameId === undefined) return { ok: false, reason: 'no-field' };
    try {
      const answer = (await port.sendToFrame(tabId, frameId, envelope(name, request))) as
        RelayResult | undefined;
      return answer ?? { ok: false, reason: 'no-answer' };
    } catch {
      return { ok: false, reason: 'page-gone' };
    }
  };

  return {
    'page:setup': async (_request, context) => {
      const { tabId, site } = tabOf(context);
      const path = pathOf(context.sender.tab?.url);
      const [siteSettings, profiles, settings, ruleSet] = await Promise.all([
        getSiteSettings(db, site),
        profilesForSite(db, site),
        getSettings(db),
        rules.current(),
      ]);
      const profile = profiles.find((p) => path.startsWith(p.pathPrefix ?? '')) ?? null;
      tabs.update(tabId, site, {});
      // Company policy wins over the agent's own switch ("only these sites", switched-off sites).
      const policy = (await getPolicyState<CompanyPolicy>(db))?.policy;
      const allowedByPolicy =
        !policy ||
        (siteAllowedByPolicy(policy, site) && !(policy.disabledSites ?? []).includes(site));
      return {
        enabled: siteSettings.enabled && allowedByPolicy,
        profile: profile ? { variables: profile.variables, channels: profile.channels } : null,
        context: await callContextFor(db, tabs.get(tabId)),
        abbreviations: libraryAbbreviations(ruleSet.pack),
        abbreviationKey: settings.abbreviationKey,
        uiLanguage: settings.uiLanguage,
      };
    },

    'page:findings': async ({ findings }, context) => {
      const { tabId, site, frameId } = tabOf(context);
      tabs.update(tabId, site, { findings, findingsFrameId: frameId, focusFrameId: frameId });
      await pushTabState(tabId);
      return { relayed: true };
    },

    'page:values': async ({ values }, context) => {
      const { tabId, site } = tabOf(context);
      const { contactKey: rawContact, ...rest } = values;
      const contactKey = rawContact ? await computeContactKey(db, rawContact) : null;
      tabs.update(tabId, site, { values: rest, contactKey });
      await Promise.all([pushTabState(tabId), pushContext(tabId)]);
      return { contactSeen: contactKey !== null };
    },

    'page:tel-click': async ({ number }, context) => {
      const { tabId, site } = tabOf(context);
      tabs.update(tabId, site, { telOffer: { number, at: Date.now() } });
      await port.openSidebar(tabId);
      await pushTabState(tabId);
      return { offered: true };
    },

    'sidebar:tab-state': async ({ tabId }) => tabs.view(tabId),

    'sidebar:apply': async ({ tabId, finding, suggestion }) =>
      relay(tabId, tabs.get(tabId)?.findingsFrameId, 'page:apply', { finding, suggestion }),

    'sidebar:insert': async ({ tabId, text }) =>
      relay(tabId, tabs.get(tabId)?.focusFrameId, 'page:insert', { text }),

    'sidebar:start-call': createStartCallHandler(db, rules, tabs, pushTabState),
  };
}

/** The contact key the background computed for a tab (the sidebar starts calls with it). */
export function contactKeyOfTab(tabs: TabStates, tabId: number): string | null {
  return tabs.get(tabId)?.contactKey ?? null;
}
