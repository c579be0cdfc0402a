import type { Script, ScriptStep } from '../model/script';
import type { LocalizedText } from '../model/text';
import { canonicalJson } from './pack-hash';

/**
 * What an update changes in a pack's scripts: scripts added, removed and changed, and in a
 * changed script the steps added, removed and changed (with the fields that changed), so a
 * lead's `laipni diff` and the agent's change summary name them. Lists are cut at `limit`
 * (the counts stay exact), as the rule lists are.
 */

export interface ScriptRef {
  id: string;
  name: LocalizedText;
}

export interface StepRef {
  id: string;
  title: LocalizedText;
}

export interface ChangedStep extends StepRef {
  /** Step fields whose value changed («say», «answers», …). */
  fields: string[];
}

export interface ChangedScript extends ScriptRef {
  /** Script fields other than `steps` whose value changed («note», «objections», …). */
  fields: string[];
  stepsAdded: StepRef[];
  stepsRemoved: StepRef[];
  stepsChanged: ChangedStep[];
  stepCounts: { added: number; removed: number; changed: number };
}

export interface ScriptsDiff {
  added: ScriptRef[];
  removed: ScriptRef[];
  changed: ChangedScript[];
  counts: { added: number; removed: number; changed: number };
}

function changedKeys(before: object, after: object, skip: ReadonlySet<string>): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !skip.has(k) && canonicalJson(a[k]) !== canonicalJson(b[k]))
    .sort();
}

const NOTHING: ReadonlySet<string> = new Set();
const STEPS: ReadonlySet<string> = new Set(['steps']);

const scriptRef = (s: Script): ScriptRef => ({ id: s.id, name: s.name });
const stepRef = (s: ScriptStep): StepRef => ({ id: s.id, title: s.title });

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function changedScript(before: Script, after: Script, limit: number): ChangedScript | null {
  const fields = changedKeys(before, after, STEPS);
  const old = byId(before.steps);
  const next = byId(after.steps);
  const added: StepRef[] = [];
  const changed: ChangedStep[] = [];
  for (const step of after.steps) {
    const prev = old.get(step.id);
    if (!prev) added.push(stepRef(step));
    else {
      const stepFields = changedKeys(prev, step, NOTHING);
      if (stepFields.length > 0) changed.push({ ...stepRef(step), fields: stepFields });
    }
  }
  const removed = before.steps.filter((s) => !next.has(s.id)).map(stepRef);
  // Only the order of the steps changed: the list shows the steps differently, nothing else.
  if (fields.length + added.length + removed.length + changed.length === 0) {
    if (canonicalJson(before.steps) === canonicalJson(after.steps)) return null;
    fields.push('steps');
  }
  return {
    ...scriptRef(after),
    fields,
    stepsAdded: added.slice(0, limit),
    stepsRemoved: removed.slice(0, limit),
    stepsChanged: changed.slice(0, limit),
    stepCounts: { added: added.length, removed: removed.length, changed: changed.length },
  };
}

export function diffScripts(
  before: readonly Script[],
  after: readonly Script[],
  limit: number,
): ScriptsDiff {
  const old = byId(before);
  const next = byId(after);
  const added: ScriptRef[] = [];
  const changed: ChangedScript[] = [];
  for (const script of after) {
    const prev = old.get(script.id);
    if (!prev) added.push(scriptRef(script));
    else {
      const change = changedScript(prev, script, limit);
      if (change) changed.push(change);
    }
  }
  const removed = before.filter((s) => !next.has(s.id)).map(scriptRef);
  return {
    added: added.slice(0, limit),
    removed: removed.slice(0, limit),
    changed: changed.slice(0, limit),
    counts: { added: added.length, removed: removed.length, changed: changed.length },
  };
}

export function scriptChangeCount(diff: ScriptsDiff | undefined): number {
  return diff ? diff.counts.added + diff.counts.removed + diff.counts.changed : 0;
}
