import { startCallScript } from '../../data/call-script';
import { getCall, startCall } from '../../data/calls';
import { computeContactKey } from '../../data/contact-key';
import type { LaipniDb } from '../../data/database';
import type { CallRecord } from '../../core/model/call';
import { getSettings } from '../../data/settings';
import { siteKeyOf } from '../../core/model/site';
import type { StartCallRequest, StartCallResponse } from '../../protocol/page-messages';
import type { RuleSetService } from '../rule-set';
import { packForTab } from './site-context';
import type { TabStates } from './tab-states';

const HOUR_MS = 3_600_000;

/**
 * The contact of the new call. The page's contact wins: a tel: link on a customer's card is that
 * customer, and starting by button or by link must find the same repeat calls. A number alone
 * (a tel: link on a page without a contact) is hashed; a call-back takes the dropped call's.
 */
async function contactOf(
  db: LaipniDb,
  request: StartCallRequest,
  pageContact: string | null,
  callBack: CallRecord | undefined,
): Promise<string | null> {
  if (callBack) return callBack.contactKey;
  if (pageContact) return pageContact;
  return request.number ? computeContactKey(db, request.number) : null;
}

/**
 * The sidebar's `start-call` in its tab: the sidebar cannot see the tab's contact (the
 * background hashes it), so the background starts the call with it, the customer's name and
 * site from the tab, the repeat window from settings and the current rule-set version. A tel:
 * offer is used up by the call. A script asked for runs from the call's first moment.
 */
export function createCallStarter(db: LaipniDb, rules: RuleSetService, tabs: TabStates) {
  return async (
    tabId: number,
    pageUrl: string,
    request: StartCallRequest,
  ): Promise<StartCallResponse> => {
    const tab = tabs.get(tabId);
    const callBack = request.callBackOf ? await getCall(db, request.callBackOf) : undefined;
    const [settings, ruleSet, contactKey] = await Promise.all([
      getSettings(db),
      rules.current(),
      contactOf(db, request, tab?.contactKey ?? null, callBack),
    ]);
    const site = tab?.site || siteKeyOf(pageUrl) || (callBack?.site ?? '');
    const call = await startCall(db, {
      site,
      tabId,
      direction: request.direction,
      startedByAgent: request.startedByAgent,
      contactKey,
      customerName: tab?.values.customerName ?? callBack?.customerName ?? null,
      repeatWindowMs: settings.repeatCallWindowHours * HOUR_MS,
      rulesVersion: ruleSet.version,
      ...(callBack ? { callBackOf: callBack.id } : {}),
    });
    if (tab?.telOffer) tabs.update(tabId, tab.site, { telOffer: undefined });
    // Only a script of this tab's site (`sites` in packs), as the sidebar lists them.
    const script = request.scriptId
      ? (await packForTab(db, ruleSet, pageUrl)).pack.scripts?.find(
          (s) => s.id === request.scriptId,
        )
      : undefined;
    if (script) await startCallScript(db, call.id, script);
    const previous = call.repeatOfCallId ? await getCall(db, call.repeatOfCallId) : undefined;
    return {
      callId: call.id,
      ...(previous
        ? {
            repeatOf: {
              startedAt: previous.startedAt,
              outcome: previous.outcome,
              endedAt: previous.endedAt,
            },
          }
        : {}),
    };
  };
}
