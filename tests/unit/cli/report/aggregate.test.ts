import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { aggregate, type AggregateOptions } from '../../../../cli/report/aggregate';
import type { ReportData } from '../../../../cli/report/model';
import type { ActivityExport } from '../../../../lib/core/model/activity';
import { load, team, tempFolder, writeActivities } from './helpers';

// DuckDB starts and reads files in each test: on a busy 2-core machine one test can take
// several seconds, so the ceiling is wider than the default 5 s (no test is timed).
vi.setConfig({ testTimeout: 30_000 });

const OPTIONS: AggregateOptions = {
  by: 'auto',
  title: 'T',
  now: new Date('2026-04-01T10:00:00Z'),
  unreachable: 0,
};

async function report(docs: ActivityExport[], options: Partial<AggregateOptions> = {}) {
  const dir = tempFolder();
  writeActivities(dir, docs);
  const { db, loaded } = await load([join(dir, '**', '*.json')], dir);
  const data = await aggregate(db, loaded, { ...OPTIONS, ...options });
  db.close();
  return data;
}

const add = (map: Map<string, number>, key: string, n: number) =>
  map.set(key, (map.get(key) ?? 0) + n);
const sumBy = <T>(rows: readonly T[], key: (r: T) => string, n: (r: T) => number) => {
  const map = new Map<string, number>();
  for (const r of rows) add(map, key(r), n(r));
  return map;
};

describe('report aggregation', () => {
  const docs = team(6, 10); // 6 agents × 10 days from 2026-03-02, teams north / south / none

  it('adds up rules, checklist items, steps and calls per day and team, as a plain loop does', async () => {
    const data = await report(docs);
    expect(data.by).toBe('day');
    expect(data.periods).toHaveLength(10);
    expect(data.summary).toMatchObject({
      files: 60,
      valid: 60,
      agentDays: 60,
      agents: 6,
      teams: 2,
    });

    const team = (d: ActivityExport) => d.team ?? '';
    const expectedRules = new Map<string, number>();
    for (const d of docs)
      for (const r of d.rules)
        add(
          expectedRules,
          `${d.day} ${team(d)} ${r.ruleId}`,
          r.flagged * 1e6 + r.accepted * 1e3 + r.ignored,
        );
    expect(
      sumBy(
        data.rules,
        (r) => `${r.period} ${r.team} ${r.ruleId}`,
        (r) => r.flagged * 1e6 + r.accepted * 1e3 + r.ignored,
      ),
    ).toEqual(expectedRules);

    const expectedItems = new Map<string, number>();
    for (const d of docs)
      for (const c of d.checklist)
        add(
          expectedItems,
          `${d.day} ${team(d)} ${c.checklist}.${c.itemId}`,
          c.done * 1e3 + c.missed,
        );
    expect(
      sumBy(
        data.checklist,
        (r) => `${r.period} ${r.team} ${r.checklist}.${r.itemId}`,
        (r) => r.done * 1e3 + r.missed,
      ),
    ).toEqual(expectedItems);

    const stepTime = sumBy(
      docs.flatMap((d) => d.scripts),
      (s) => `${s.scriptId}.${s.stepId}`,
      (s) => s.timeMs,
    );
    expect(
      sumBy(
        data.steps,
        (r) => `${r.scriptId}.${r.stepId}`,
        (r) => r.timeMs,
      ),
    ).toEqual(stepTime);

    const callsPerDay = sumBy(
      docs,
      (d) => d.day,
      (d) => d.calls.count,
    );
    expect(
      sumBy(
        data.calls,
        (r) => r.period,
        (r) => r.calls,
      ),
    ).toEqual(callsPerDay);
    const totalMs = docs.reduce((n, d) => n + d.calls.totalMs, 0);
    expect(data.calls.reduce((n, r) => n + r.totalMs, 0)).toBe(totalMs);
    const outcomes = sumBy(
      docs.flatMap((d) => Object.entries(d.calls.outcomes)),
      ([k]) => k,
      ([, v]) => v,
    );
    expect(
      sumBy(
        data.outcomes,
        (r) => r.outcome,
        (r) => r.calls,
      ),
    ).toEqual(outcomes);
  });

  it('has one row per agent with their days, calls and findings', async () => {
    const data = await report(docs);
    expect(data.agents.map((a) => [a.agentId, a.team, a.days])).toEqual([
      ['agent-0', 'south', 10],
      ['agent-1', 'north', 10],
      ['agent-2', '', 10],
      ['agent-3', 'north', 10],
      ['agent-4', '', 10],
      ['agent-5', 'north', 10],
    ]);
    const mine = docs.filter((d) => d.agentId === 'agent-3');
    expect(data.agents[3]).toMatchObject({
      calls: mine.reduce((n, d) => n + d.calls.count, 0),
      flagged: mine.flatMap((d) => d.rules).reduce((n, r) => n + r.flagged, 0),
      done: mine.flatMap((d) => d.checklist).reduce((n, c) => n + c.done, 0),
      completed: mine.flatMap((d) => d.scripts).reduce((n, s) => n + s.completed, 0),
    });
    expect(data.packs).toEqual([
      { id: 'acme.sales', version: '1.4.0', agents: 6 },
      { id: 'laipni.builtin', version: expect.any(String), agents: 6 },
    ]);
  });

  it('filters by team and days, and groups by ISO week', async () => {
    const data: ReportData = await report(docs, {
      team: 'north',
      from: '2026-03-04',
      to: '2026-03-09',
      by: 'week',
    });
    expect(data.periods).toEqual(['2026-W10', '2026-W11']); // Wed 4 – Mon 9 March 2026
    expect(data.summary).toMatchObject({ agentDays: 18, agents: 3, teams: 1, filteredOut: 42 });
    const north = docs.filter(
      (d) => d.team === 'north' && d.day >= '2026-03-04' && d.day <= '2026-03-09',
    );
    expect(data.calls.reduce((n, r) => n + r.calls, 0)).toBe(
      north.reduce((n, d) => n + d.calls.count, 0),
    );
    expect(new Set(data.rules.map((r) => r.team))).toEqual(new Set(['north']));
  });

  it('chooses weeks for more than 31 days of data, and fills the days with no files', async () => {
    const long = team(1, 40, '2026-01-01');
    expect((await report(long)).by).toBe('week');
    const gap = [...team(1, 1, '2026-03-02'), ...team(1, 1, '2026-03-05')];
    const data = await report(gap);
    expect(data.periods).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
  });
});
