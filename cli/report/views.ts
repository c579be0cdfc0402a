import type { ReportData } from './model';

/** The HTML's tables and charts, added up from the report's (period, team) rows. */

export interface RuleTotal {
  ruleId: string;
  flagged: number;
  accepted: number;
  ignored: number;
  /** Accepted share of the findings shown; null with none shown. */
  rate: number | null;
}

/** A row of a heatmap: per period numerator and denominator, and the totals. */
export interface MatrixRow {
  group: string;
  id: string;
  cells: { hit: number; of: number }[];
  hit: number;
  of: number;
  extra: Record<string, number>;
}

export interface PeriodCalls {
  period: string;
  calls: number;
  dropped: number;
  inbound: number;
  outbound: number;
  totalMs: number;
  agents: number;
}

export interface TeamTotal {
  team: string;
  agents: number;
  calls: number;
  totalMs: number;
  flagged: number;
  accepted: number;
  done: number;
  missed: number;
  reached: number;
  completed: number;
}

/** A rule is listed among the least accepted only with enough findings to mean something. */
export const LEAST_ACCEPTED_MIN_FLAGS = 20;

export const rate = (hit: number, of: number): number | null => (of > 0 ? hit / of : null);

function sumBy<T>(items: readonly T[], key: (t: T) => string, add: (into: T, t: T) => void) {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const existing = map.get(k);
    if (existing) add(existing, item);
    else map.set(k, { ...item });
  }
  return [...map.values()];
}

export function ruleTotals(data: ReportData): RuleTotal[] {
  return sumBy(
    data.rules,
    (r) => r.ruleId,
    (a, b) => {
      a.flagged += b.flagged;
      a.accepted += b.accepted;
      a.ignored += b.ignored;
    },
  )
    .map((r) => ({
      ruleId: r.ruleId,
      flagged: r.flagged,
      accepted: r.accepted,
      ignored: r.ignored,
      rate: rate(r.accepted, r.flagged),
    }))
    .sort((a, b) => b.flagged - a.flagged || a.ruleId.localeCompare(b.ruleId));
}

export function leastAccepted(totals: readonly RuleTotal[], count = 10): RuleTotal[] {
  return totals
    .filter((r) => r.flagged >= LEAST_ACCEPTED_MIN_FLAGS)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.flagged - a.flagged)
    .slice(0, count);
}

function matrix<T extends { period: string }>(
  data: ReportData,
  rows: readonly T[],
  keyOf: (r: T) => [string, string],
  hitOf: (r: T) => number,
  ofOf: (r: T) => number,
  extraOf: (r: T) => Record<string, number>,
): MatrixRow[] {
  const column = new Map(data.periods.map((p, i) => [p, i]));
  const out = new Map<string, MatrixRow>();
  for (const r of rows) {
    const [group, id] = keyOf(r);
    const key = `${group}\u0000${id}`;
    let row = out.get(key);
    if (!row) {
      row = {
        group,
        id,
        cells: data.periods.map(() => ({ hit: 0, of: 0 })),
        hit: 0,
        of: 0,
        extra: {},
      };
      out.set(key, row);
    }
    const cell = row.cells[column.get(r.period) ?? -1];
    if (cell) {
      cell.hit += hitOf(r);
      cell.of += ofOf(r);
    }
    row.hit += hitOf(r);
    row.of += ofOf(r);
    for (const [k, v] of Object.entries(extraOf(r))) row.extra[k] = (row.extra[k] ?? 0) + v;
  }
  return [...out.values()];
}

const CHECKLIST_ORDER = ['opening', 'body', 'closing', 'repeatCall', 'droppedCall'];

/** Checklist adherence: calls that ended with the item ticked, of all calls it applied to. */
export function checklistMatrix(data: ReportData): MatrixRow[] {
  return matrix(
    data,
    data.checklist,
    (r) => [r.checklist, r.itemId],
    (r) => r.done,
    (r) => r.done + r.missed,
    () => ({}),
  ).sort(
    (a, b) =>
      CHECKLIST_ORDER.indexOf(a.group) - CHECKLIST_ORDER.indexOf(b.group) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Script steps: completed of reached. Within a script, steps are ordered by how often they were
 * reached (a script runs from its first step on, so that is its order in practice).
 */
export function stepMatrix(data: ReportData): MatrixRow[] {
  return matrix(
    data,
    data.steps,
    (r) => [r.scriptId, r.stepId],
    (r) => r.completed,
    (r) => r.reached,
    (r) => ({ left: r.left, timeMs: r.timeMs }),
  ).sort((a, b) => a.group.localeCompare(b.group) || b.of - a.of || a.id.localeCompare(b.id));
}

export function callsByPeriod(data: ReportData): PeriodCalls[] {
  const byPeriod = new Map<string, PeriodCalls>(
    data.periods.map((period) => [
      period,
      { period, calls: 0, dropped: 0, inbound: 0, outbound: 0, totalMs: 0, agents: 0 },
    ]),
  );
  for (const r of data.calls) {
    const p = byPeriod.get(r.period);
    if (!p) continue;
    p.calls += r.calls;
    p.dropped += r.dropped;
    p.inbound += r.inbound;
    p.outbound += r.outbound;
    p.totalMs += r.totalMs;
    p.agents += r.agents;
  }
  return [...byPeriod.values()];
}

export function outcomeTotals(data: ReportData): { outcome: string; calls: number }[] {
  return sumBy(
    data.outcomes,
    (r) => r.outcome,
    (a, b) => {
      a.calls += b.calls;
    },
  )
    .map((r) => ({ outcome: r.outcome, calls: r.calls }))
    .sort((a, b) => b.calls - a.calls || a.outcome.localeCompare(b.outcome));
}

export function teamTotals(data: ReportData): TeamTotal[] {
  const teams = new Map<string, TeamTotal>();
  for (const a of data.agents) {
    const t = teams.get(a.team) ?? {
      team: a.team,
      agents: 0,
      calls: 0,
      totalMs: 0,
      flagged: 0,
      accepted: 0,
      done: 0,
      missed: 0,
      reached: 0,
      completed: 0,
    };
    t.agents += 1;
    t.calls += a.calls;
    t.totalMs += a.totalMs;
    t.flagged += a.flagged;
    t.accepted += a.accepted;
    t.done += a.done;
    t.missed += a.missed;
    t.reached += a.reached;
    t.completed += a.completed;
    teams.set(a.team, t);
  }
  return [...teams.values()].sort((a, b) => a.team.localeCompare(b.team));
}
