import { resolveVariables } from '../engine/core';

/** Where the agent's and the customer's values come from. */
export interface PersonalSources {
  agentName: string;
  agentSurname: string;
  /** The company from settings; the page's company fills in when it is empty. */
  company: string;
  page: { customerName?: string; company?: string };
  /** The running call's customer, when the page shows none (another tab's call). */
  callCustomerName?: string | null;
}

export interface VariableSources extends PersonalSources {
  /** Local clock «HH:MM», for the greeting that fits the time of day. */
  time: string;
}

/**
 * The agent's and the customer's values, by the one precedence every surface uses: the
 * company from settings before the page's, the customer from the page before the running
 * call's. Blank values are left out, so a template shows «…» there.
 */
export function personalVariables(sources: PersonalSources): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: string, value: string | null | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) out[name] = trimmed;
  };
  put('agentName', sources.agentName);
  put('agentSurname', sources.agentSurname);
  put('company', sources.company.trim() || sources.page.company);
  put('customerName', sources.page.customerName?.trim() || sources.callCustomerName);
  return out;
}

/**
 * The values `{variables}` in phrases and checklist texts are filled with, the same way the
 * engine fills suggestions: the customer is addressed in the vocative (Jānis → Jāni), the
 * greeting fits the clock.
 */
export function templateVariables(sources: VariableSources): Record<string, string> {
  return resolveVariables({ time: sources.time, variables: personalVariables(sources) });
}
