import { greetingFor, vocative } from '../engine/core';

export interface VariableSources {
  agentName: string;
  agentSurname: string;
  /** The company from settings; the page's company fills in when it is empty. */
  company: string;
  page: { customerName?: string; company?: string };
  /** The running call's customer, when the page shows none (another tab's call). */
  callCustomerName?: string | null;
  /** Local clock «HH:MM», for the greeting that fits the time of day. */
  time: string;
}

/** «HH:MM» of a local time. */
export function clockOf(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The values `{variables}` in phrases and checklist texts are filled with, the same way the
 * engine fills suggestions: the customer is addressed in the vocative (Jānis → Jāni), the
 * greeting fits the clock. Blank values are left out, so the template shows «…» there.
 */
export function templateVariables(sources: VariableSources): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: string, value: string | null | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) out[name] = trimmed;
  };
  put('agentName', sources.agentName);
  put('agentSurname', sources.agentSurname);
  put('company', sources.company || sources.page.company);
  const customer = sources.page.customerName || sources.callCustomerName;
  put('customerName', customer);
  if (out.customerName) put('customerNameVocative', vocative(out.customerName));
  put('greeting', greetingFor(sources.time));
  return out;
}
