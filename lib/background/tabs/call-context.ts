import { personalVariables } from '../../core/calls/variables';
import { getActiveCall, getCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import type { CallContextPayload } from '../../protocol/page-messages';
import type { TabRecord } from './tab-states';
import type { Script } from '../../core/model/script';
import { compileScript } from '../../core/scripts/compile';

const NONE: CallContextPayload = { active: false, variables: {} };

/**
 * The call context a frame's page engine checks with. Only the frames of the tab the call runs
 * in get it (phase, repeat call, dropped call); the agent's and the customer's values (which
 * checklist items detect when typed: the company name) and the running script's steps that
 * typed text says only those frames whose site is the call's own. Other tabs get nothing: a
 * page cannot learn the call or the agent from us. `scripts`: the effective pack's.
 */
export async function callContextFor(
  db: LaipniDb,
  tabId: number,
  tab: TabRecord | undefined,
  frameSite: string,
  scripts: readonly Script[] = [],
): Promise<CallContextPayload> {
  const call = await getActiveCall(db);
  if (!call || call.tabId !== tabId) return NONE;
  const phase = call.phases.at(-1)?.phase;
  const previous = call.repeatOfCallId ? await getCall(db, call.repeatOfCallId) : undefined;
  const ownSite = frameSite !== '' && frameSite === call.site;
  const settings = ownSite ? await getSettings(db) : null;
  const script = ownSite ? scripts.find((s) => s.id === call.script?.scriptId) : undefined;
  const scriptSteps = script ? compileScript(script).detectable : [];
  return {
    active: true,
    callId: call.id,
    ...(phase ? { phase } : {}),
    repeatCall: call.repeatOfCallId !== null,
    ...(previous?.dropped ? { afterDrop: true } : {}),
    variables: settings
      ? personalVariables({
          agentName: settings.agentName,
          agentSurname: settings.agentSurname,
          company: settings.company,
          page: tab?.values ?? {},
          callCustomerName: call.customerName,
        })
      : {},
    ...(scriptSteps.length > 0 ? { scriptSteps: [...scriptSteps] } : {}),
  };
}
