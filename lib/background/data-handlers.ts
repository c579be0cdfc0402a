import { tickAndAdvance } from '../data/call-advance';
import { addCallCounts, getActiveCall } from '../data/calls';
import type { LaipniDb } from '../data/database';
import { importPack } from '../data/pack-import';
import { purgeExpired } from '../data/retention';
import { getSettings } from '../data/settings';
import { recordFindingEvents } from '../data/stats';
import type { DistributionProtocolMap } from '../protocol/distribution-messages';
import type { PageProtocolMap } from '../protocol/page-messages';
import type { Handlers } from '../protocol/transport/router';

/** The data-core half of the handlers; the page half is in ./page. */
export type DataHandlers = Omit<Handlers, keyof PageProtocolMap | keyof DistributionProtocolMap>;
import type { RuleSetService } from './rule-set';

/** The background's answers to the data protocol (lib/protocol/data-messages.ts). */
export function createDataHandlers(
  db: LaipniDb,
  rules: RuleSetService,
  now: () => number = Date.now,
): DataHandlers {
  return {
    'data:get-rules': async ({ knownVersion }) => {
      const { version, pack } = await rules.current();
      return knownVersion === version ? { version, unchanged: true as const } : { version, pack };
    },

    'data:report-findings': async ({ events }) => {
      // Only rules of the current set count; a stale or hostile frame cannot invent rule ids.
      const { pack } = await rules.current();
      const known = new Set(pack.rules.map((r) => r.id));
      const valid = events.filter((e) => known.has(e.ruleId));
      await recordFindingEvents(db, valid, now());
      const call = await getActiveCall(db);
      if (call && valid.length > 0) {
        const count = (outcome: string) => valid.filter((e) => e.outcome === outcome).length;
        await addCallCounts(db, call.id, {
          findings: count('flagged'),
          accepted: count('accepted'),
          ignored: count('ignored'),
        });
      }
      return { recorded: valid.length };
    },

    'data:checklist-hit': async ({ itemId, checklist }) => {
      const { pack } = await rules.current();
      const exists = (pack.checklists?.[checklist] ?? []).some((item) => item.id === itemId);
      const call = await getActiveCall(db);
      if (!exists || !call) return { ticked: false };
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

    'data:get-layering-report': async () => {
      const { version, report } = await rules.current();
      return { version, report };
    },

    'data:import-pack': async ({ json, confirmDowngrade, origin }) =>
      importPack(db, json, {
        source: 'file',
        now: now(),
        ...(confirmDowngrade !== undefined ? { confirmDowngrade } : {}),
        ...(origin !== undefined ? { origin } : {}),
      }),

    'data:purge-now': async () => purgeExpired(db, (await getSettings(db)).retentionDays, now()),
  };
}
