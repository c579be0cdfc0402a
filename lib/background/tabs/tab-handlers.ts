import { computeContactKey } from '../../data/contact-key';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import { profilesForSite } from '../../data/sites';
import { packForSite } from '../../core/packs/site-scope';
import { siteKeyOf } from '../../core/model/site';
import type { ProtocolMap } from '../../protocol/messages';
import type { PageProtocolMap } from '../../protocol/page-messages';
import type { HandlerContext, Handlers } from '../../protocol/transport/router';
import type { RuleSetService } from '../rule-set';
import { callContextFor } from './call-context';
import type { ContextPush } from './context-push';
import type { TabFilling } from './tab-filling';
import { libraryAbbreviations } from './abbreviations';
import { siteIsOn } from './site-switch';
import type { TabStates } from './tab-states';

/** The browser calls the page handlers need, injected so they are tested without a browser. */
export interface PagePort {
  sendToFrame(tabId: number, frameId: number, message: unknown): Promise<unknown>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** Opens the tab's sidebar if it is closed (a tel: link offers a call there). */
  openSidebar(tabId: number): Promise<void>;
}

export type PageHandlers = Pick<Handlers<ProtocolMap>, keyof PageProtocolMap>;

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

export interface PageHandlerDeps {
  db: LaipniDb;
  rules: RuleSetService;
  tabs: TabStates;
  port: PagePort;
  contexts: ContextPush;
  filling: TabFilling;
}

/** A tab shows at most this many frames' cards at once (a page cannot grow the background's memory). */
const CARD_FRAMES_LIMIT = 64;

export function createPageHandlers(deps: PageHandlerDeps): PageHandlers {
  const { db, rules, tabs, port, contexts, filling } = deps;

  return {
    'page:setup': async (_request, context) => {
      const { tabId, site, frameId } = tabOf(context);
      const path = pathOf(context.sender.tab?.url);
      const frameSite = siteKeyOf(context.sender.url ?? '');
      const [enabled, profiles, settings, ruleSet] = await Promise.all([
        siteIsOn(db, site),
        profilesForSite(db, site),
        getSettings(db),
        rules.current(),
      ]);
      const profile = profiles.find((p) => path.startsWith(p.pathPrefix ?? '')) ?? null;
      // Only the top frame's page says which profile the tab is on.
      tabs.update(tabId, site, frameId === 0 && profile ? { profileId: profile.id } : {});
      contexts.known(tabId, frameId, frameSite);
      return {
        enabled,
        profile: profile ? { variables: profile.variables, channels: profile.channels } : null,
        context: await callContextFor(db, tabId, tabs.get(tabId), frameSite, ruleSet.pack.scripts),
        abbreviations: [
          ...libraryAbbreviations(
            packForSite(ruleSet.pack, {
              host: site,
              profiles: profile ? [profile.id] : [],
            }),
          ).keys(),
        ],
        abbreviationKey: settings.abbreviationKey,
        uiLanguage: settings.uiLanguage,
      };
    },

    'page:findings': async ({ findings }, context) => {
      const { tabId, site, frameId } = tabOf(context);
      tabs.update(tabId, site, { findings, findingsFrameId: frameId });
      return { relayed: true };
    },

    'page:card': async ({ findings }, context) => {
      const { tabId, site, frameId } = tabOf(context);
      const cards = { ...(tabs.get(tabId)?.cards ?? {}) };
      if (findings === null) delete cards[frameId];
      else if (frameId in cards || Object.keys(cards).length < CARD_FRAMES_LIMIT)
        cards[frameId] = findings;
      tabs.update(tabId, site, { cards, focusFrameId: frameId });
      return { shown: findings !== null };
    },

    'page:interaction': async (_request, context) => {
      const { tabId, site, frameId } = tabOf(context);
      if (tabs.get(tabId)?.focusFrameId !== frameId)
        tabs.update(tabId, site, { focusFrameId: frameId });
      return {};
    },

    // A site switched off gets nothing filled, even from an engine that has not stopped yet.
    'page:expand': async ({ abbreviation }, context) => {
      const { tabId, site } = tabOf(context);
      if (!(await siteIsOn(db, site))) return { text: null };
      return { text: await filling.abbreviation(tabId, abbreviation) };
    },

    'page:fill': async ({ finding }, context) => {
      const { tabId, site } = tabOf(context);
      if (!(await siteIsOn(db, site))) return { text: null };
      return { text: await filling.firstSuggestion(tabId, finding) };
    },

    'page:values': async ({ values }, context) => {
      const { tabId, site } = tabOf(context);
      if (!(await siteIsOn(db, site))) return { contactSeen: false };
      const { contactKey: rawContact, ...rest } = values;
      const contactKey = rawContact ? await computeContactKey(db, rawContact) : null;
      tabs.update(tabId, site, { values: rest, contactKey });
      await contexts.push(tabId);
      return { contactSeen: contactKey !== null };
    },

    'page:tel-click': async ({ number }, context) => {
      const { tabId, site } = tabOf(context);
      tabs.update(tabId, site, { telOffer: { number, at: Date.now() } });
      await port.openSidebar(tabId);
      return { offered: true };
    },
  };
}
