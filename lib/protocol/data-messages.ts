import type { ChecklistKind, Pack } from '../core/model/pack';
import type { FindingReport } from '../core/model/finding';

/** The effective rule set as it travels: pack JSON plus its version hash, never compiled indexes. */
export interface RuleSet {
  version: string;
  pack: Pack;
}

/** The data family: the rule set and the counters content scripts report. */
export interface DataProtocolMap {
  /** The effective rule set; `unchanged` when the caller already has `knownVersion`. */
  'data:get-rules': {
    request: { knownVersion?: string };
    response: RuleSet | { version: string; unchanged: true };
  };
  /** Finding counters (statistics; the running call's counts). */
  'data:report-findings': {
    request: { events: FindingReport[] };
    response: { recorded: number };
  };
  /**
   * Typed text matched a checklist item's detector: tick it on the running call. `script`:
   * a step of the call's script (CallContextPayload.scriptSteps) was typed.
   */
  'data:checklist-hit': {
    request: { itemId: string; checklist: ChecklistKind | 'script' };
    response: { ticked: boolean };
  };
}

/** Background → every tab (all frames) and extension pages. */
export interface DataBroadcastMap {
  'data:rules-changed': { version: string };
}
