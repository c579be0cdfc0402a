import { tickAndAdvance } from '../data/call-advance';
import { addCallCounts, getActiveCall } from '../data/calls';
import type { LaipniDb } from '../data/database';
import { recordFindingEvents } from '../data/stats';
import type { DataProtocolMap } from '../protocol/data-messages';
import type { ProtocolMap } from '../protocol/messages';
import type { HandlerContext, Handlers } from '../protocol/transport/router';
import { siteKeyOf } from '../core/model/site';
import type { CallRecord } from '../core/model/call';
import type { Pack } from '../core/model/pack';
import { moveCallScript } from '../data/call-script';
import { compileScript } from '../core/scripts/compile';
import type { RuleSetService } from './rule-set';
import { createEventBudget, type EventBudget } from './stats/event-budget';
import { statsForm } from './stats/report-form';
import { packForTab } from './tabs/site-context';

/**
 * Whether a content script's message may count as the agent's work on `call`: it comes from the
 * call's own tab and from a frame of the call's site. Another tab, or a third-party frame in the
 * CRM, cannot tick the checklist, move the phase or add to the call's counters.
 */
function fromCallsOwnPage(call: CallRecord, context: HandlerContext): boolean {
  if (context.role === 'extension-page') return true;
  const { tab, url } = context.sender;
  return tab?.id === call.tabId && call.site !== '' && siteKeyOf(url ?? '') === call.site;
}

export type DataHandlers = Pick<Handlers<ProtocolMap>, keyof DataProtocolMap>;

/** The background's answers to the data protocol (lib/protocol/data-messages.ts). */
export function createDataHandlers(
  db: LaipniDb,
  rules: RuleSetService,
  now: () => number = Date.now,
  budget: EventBudget = createEventBudget(),
): DataHandlers {
  return {
    'data:get-rules': async ({ knownVersion }, context) => {
      const current = await rules.current();
      // A frame gets only the rules and phrases of its tab's site (`sites` in packs).
      const { version, pack } = await packForTab(db, current, context.sender.tab?.url);
      if (knownVersion === version) return { version, unchanged: true as const };
      // A CRM frame checks text; scripts run in the sidebar (their steps' detectors come with
      // the call context), so they do not travel to every frame.
      const forFrames: Pack = { ...pack };
      delete forFrames.scripts;
      return { version, pack: forFrames };
    },

    'data:report-findings': async ({ events }, context) => {
      // Only rules of the current set count; a stale or hostile frame cannot invent rule ids.
      const { pack } = await rules.current();
      const kinds = new Map(pack.rules.map((r) => [r.id, r.match.kind]));
      const known = events.filter((e) => kinds.has(e.ruleId));
      // A frame records at most so many events a minute, however many messages it sends.
      const { sender } = context;
      const frame = `${sender.tab?.id ?? 'page'}:${sender.frameId ?? 0}`;
      const valid = known
        .slice(0, budget.take(frame, known.length, now()))
        .map((e) => ({ ...e, form: statsForm(kinds.get(e.ruleId), e.form) }));
      await recordFindingEvents(db, valid, now());
      const call = await getActiveCall(db);
      if (call && valid.length > 0 && fromCallsOwnPage(call, context)) {
        const count = (outcome: string) => valid.filter((e) => e.outcome === outcome).length;
        await addCallCounts(db, call.id, {
          findings: count('flagged'),
          accepted: count('accepted'),
          ignored: count('ignored'),
        });
      }
      return { recorded: valid.length };
    },

    'data:checklist-hit': async ({ itemId, checklist }, context) => {
      const { pack } = await rules.current();
      if (checklist === 'script') {
        const call = await getActiveCall(db);
        const script = pack.scripts?.find((s) => s.id === call?.script?.scriptId);
        const typed = script && compileScript(script).detectable.some((i) => i.id === itemId);
        if (!call || !typed || !fromCallsOwnPage(call, context)) return { ticked: false };
        const said = { kind: 'said', step: itemId, how: 'typed' } as const;
        return { ticked: (await moveCallScript(db, call.id, script, said, now())).ok };
      }
      const exists = (pack.checklists?.[checklist] ?? []).some((item) => item.id === itemId);
      const call = await getActiveCall(db);
      if (!exists || !call || !fromCallsOwnPage(call, context)) return { ticked: false };
      // The phase follows the checklist here, so it advances even with no sidebar open.
      await tickAndAdvance(db, call.id, pack.checklists ?? {}, {
        itemId,
        checklist,
        ticked: true,
        auto: true,
        now: now(),
      });
      return { ticked: true };
    },
  };
}
