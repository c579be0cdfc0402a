import { getActiveCall, getCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import type { CallContextPayload } from '../../protocol/page-messages';
import { personalVariables } from '../../core/calls/variables';
import type { TabRecord } from './tab-states';

/**
 * The context a tab's page engine checks with: the running call's phase and repeat flag, the
 * agent's name and company from settings, and the customer's name read from that tab's page
 * (`personalVariables` says which wins).
 */
export async function callContextFor(
  db: LaipniDb,
  tab: TabRecord | undefined,
): Promise<CallContextPayload> {
  const [call, settings] = await Promise.all([getActiveCall(db), getSettings(db)]);
  const variables = personalVariables({
    agentName: settings.agentName,
    agentSurname: settings.agentSurname,
    company: settings.company,
    page: tab?.values ?? {},
    callCustomerName: call?.customerName,
  });
  if (!call) return { active: false, variables };
  const phase = call.phases.at(-1)?.phase;
  const previous = call.repeatOfCallId ? await getCall(db, call.repeatOfCallId) : undefined;
  return {
    active: true,
    callId: call.id,
    ...(phase ? { phase } : {}),
    repeatCall: call.repeatOfCallId !== null,
    ...(previous?.dropped ? { afterDrop: true } : {}),
    variables,
  };
}
