import type { ScriptStepActivity } from '../model/activity';
import type { CallRecord } from '../model/call';
import { ITEM_ID_PATTERN } from '../packs/schema-parts';
import { own } from '../scripts/progress';

const CAP = 1_000_000;
const DAY_MS_CAP = 48 * 3_600_000;
const MAX_ROWS = 5_000;
const cap = (n: number, max = CAP) => Math.max(0, Math.min(max, Math.round(n)));

/**
 * Per script and step over the day's ended calls: how often the step was reached, said, and
 * where a call was left without an outcome, with the time spent on it. Ids and numbers only:
 * captures, the note and the said text stay in the call record. A row whose ids the format
 * cannot carry is left out rather than losing the day's file.
 */
export function scriptActivity(calls: readonly CallRecord[]): ScriptStepActivity[] {
  const rows = new Map<string, ScriptStepActivity>();
  const row = (scriptId: string, stepId: string) => {
    const key = `${scriptId} ${stepId}`;
    let found = rows.get(key);
    if (!found)
      rows.set(key, (found = { scriptId, stepId, reached: 0, completed: 0, left: 0, timeMs: 0 }));
    return found;
  };
  for (const call of calls) {
    const p = call.script;
    if (!p || !ITEM_ID_PATTERN.test(p.scriptId)) continue;
    const end = call.endedAt ?? call.startedAt;
    const steps = new Set<string>();
    for (const visit of p.path) {
      if (!ITEM_ID_PATTERN.test(visit.step)) continue;
      const r = row(p.scriptId, visit.step);
      r.reached += 1;
      r.timeMs += Math.max(0, (visit.leftAt ?? end) - visit.enteredAt);
      steps.add(visit.step);
    }
    for (const step of steps) if (own(p.said, step)) row(p.scriptId, step).completed += 1;
    if (!p.outcome && ITEM_ID_PATTERN.test(p.current)) row(p.scriptId, p.current).left += 1;
  }
  return [...rows.values()].slice(0, MAX_ROWS).map((r) => ({
    ...r,
    reached: cap(r.reached),
    completed: cap(r.completed),
    left: cap(r.left),
    timeMs: cap(r.timeMs, DAY_MS_CAP),
  }));
}

/** A call's outcome as the file counts it: its script's outcome, else completed or dropped. */
export function callOutcome(call: CallRecord): string {
  const scripted = call.script?.outcome?.id;
  if (scripted && ITEM_ID_PATTERN.test(scripted)) return scripted;
  return call.dropped ? 'dropped' : 'completed';
}
