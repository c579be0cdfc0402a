import { ACTIVITY_FORMAT, type ActivityExport, type ChecklistActivity } from '../model/activity';
import type { CallRecord } from '../model/call';
import type { ChecklistKind, Checklists } from '../model/pack';
import { callOutcome, scriptActivity } from './script-activity';

/**
 * One agent's day as `laipni-activity/1`, from what the extension keeps: the statistics rows
 * (rule, day, phrase form, counts) and the calls that ended that day. Only ids, the day and
 * numbers are copied: a statistics row's phrase form, a call's customer name, contact key, site
 * and tab never reach the file. Pure, so the payload is tested without a browser; the result is
 * checked by `parseActivity` before it leaves (`lib/background/activity/`).
 */

/** Who the file is about: the company's agent id (else a random one) and team. */
export interface ExportIdentity {
  agentId: string;
  team?: string;
}

/** The id the file carries: the company's, else this installation's random one. */
export function exportIdentity(
  policy: { activityAgentId?: string; activityTeam?: string },
  state: { randomAgentId: string },
): ExportIdentity {
  return {
    agentId: policy.activityAgentId ?? state.randomAgentId,
    ...(policy.activityTeam ? { team: policy.activityTeam } : {}),
  };
}

export interface ActivityInputs {
  agentId: string;
  team?: string;
  day: string;
  generatedAt: number;
  extensionVersion: string;
  /** The packs in force at the end of the day. */
  packs: ReadonlyArray<{ id: string; version: string }>;
  /** That day's statistics rows; the `form` field is read by nobody here. */
  ruleStats: ReadonlyArray<{
    ruleId: string;
    flagged: number;
    accepted: number;
    ignored: number;
  }>;
  /** Calls that ended that day. */
  calls: readonly CallRecord[];
  /** The checklists in force (a call stores its ticks, not the list it was shown). */
  checklists: Checklists;
}

const CAP = 1_000_000;
const DAY_MS_CAP = 48 * 3_600_000;
const cap = (n: number, max = CAP) => Math.max(0, Math.min(max, Math.round(n)));

/** The checklists that applied to a call: every call's, plus repeat- and dropped-call ones. */
function kindsOf(call: CallRecord): ChecklistKind[] {
  const kinds: ChecklistKind[] = ['opening', 'body', 'closing'];
  if (call.repeatOfCallId) kinds.push('repeatCall');
  if (call.dropped) kinds.push('droppedCall');
  return kinds;
}

function checklistActivity(calls: readonly CallRecord[], lists: Checklists): ChecklistActivity[] {
  const rows = new Map<string, ChecklistActivity>();
  for (const call of calls) {
    const ticked = new Set(call.ticks.map((t) => `${t.checklist}:${t.itemId}`));
    for (const kind of kindsOf(call)) {
      for (const item of lists[kind] ?? []) {
        const key = `${kind}:${item.id}`;
        const row = rows.get(key) ?? { checklist: kind, itemId: item.id, done: 0, missed: 0 };
        if (ticked.has(key)) row.done += 1;
        else row.missed += 1;
        rows.set(key, row);
      }
    }
  }
  return [...rows.values()];
}

export function buildActivity(inputs: ActivityInputs): ActivityExport {
  const rules = new Map<string, { flagged: number; accepted: number; ignored: number }>();
  for (const row of inputs.ruleStats) {
    const sum = rules.get(row.ruleId) ?? { flagged: 0, accepted: 0, ignored: 0 };
    sum.flagged += row.flagged;
    sum.accepted += row.accepted;
    sum.ignored += row.ignored;
    rules.set(row.ruleId, sum);
  }
  const ended = inputs.calls.filter((c) => c.endedAt !== null);
  const outcomes: Record<string, number> = {};
  for (const call of ended) {
    const outcome = callOutcome(call);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return {
    format: ACTIVITY_FORMAT,
    agentId: inputs.agentId,
    ...(inputs.team ? { team: inputs.team } : {}),
    day: inputs.day,
    generatedAt: new Date(inputs.generatedAt).toISOString(),
    extensionVersion: inputs.extensionVersion,
    packs: inputs.packs.map((p) => ({ id: p.id, version: p.version })),
    rules: [...rules].map(([ruleId, s]) => ({
      ruleId,
      flagged: cap(s.flagged),
      accepted: cap(s.accepted),
      ignored: cap(s.ignored),
    })),
    checklist: checklistActivity(ended, inputs.checklists),
    scripts: scriptActivity(ended),
    calls: {
      count: cap(ended.length),
      dropped: cap(ended.filter((c) => c.dropped).length),
      inbound: cap(ended.filter((c) => c.direction === 'inbound').length),
      outbound: cap(ended.filter((c) => c.direction === 'outbound').length),
      totalMs: cap(
        ended.reduce((sum, c) => sum + Math.max(0, (c.endedAt ?? c.startedAt) - c.startedAt), 0),
        DAY_MS_CAP,
      ),
      outcomes,
    },
  };
}
