import { getActiveCall, getCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import type { CallContextPayload } from '../../protocol/page-messages';
import type { TabRecord } from './tab-states';

/**
 * The context a tab's page engine checks with: the running call's phase and repeat flag, the
 * agent's name and company from settings, and the customer's name read from that tab's page.
 */
export async function callContextFor(
  db: LaipniDb,
  tab: TabRecord | undefined,
): Promise<CallContextPayload> {
  const [call, settings] = await Promise.all([getActiveCall(db), getSettings(db)]);
  const variables: Record<string, string> = {};
  if (settings.agentName) variables.agentName = settings.agentName;
  if (settings.agentSurname) variables.agentSurname = settings.agentSurname;
  if (settings.company) variables.company = settings.company;
  if (tab?.values.company && !variables.company) variables.company = tab.values.company;
  const customerName = tab?.values.customerName ?? call?.customerName ?? undefined;
  if (customerName) variables.customerName = customerName;
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
