import { lit, type Db, type Row } from './duckdb';
import type { LoadResult } from './load';
import type { PeriodKind, ReportData, ReportFilters } from './model';

/**
 * The report's aggregations over the files `loadActivities` kept: one GROUP BY per section at
 * (period, team) grain, plus per agent and per pack. DuckDB does the adding up; the HTML only
 * sums these small tables further.
 */

export interface AggregateOptions extends ReportFilters {
  /** Files a listing named that could not be fetched (counted in the summary). */
  unreachable: number;
  /** `auto`: days for up to 31 days of data, ISO weeks beyond. */
  by: PeriodKind | 'auto';
  title: string;
  now: Date;
}

const AUTO_DAYS = 31;

const num = (row: Row, key: string): number => Number(row[key] ?? 0);
const str = (row: Row, key: string): string => (row[key] === null ? '' : String(row[key]));

/** The period of a `YYYY-MM-DD` text or a DATE expression. */
function periodOf(by: PeriodKind, day: string): string {
  return by === 'day' ? `CAST(${day} AS VARCHAR)` : `strftime(CAST(${day} AS DATE), '%G-W%V')`;
}

function where(filters: ReportFilters): string {
  const parts = ['true'];
  if (filters.team !== undefined) parts.push(`team = ${lit(filters.team)}`);
  if (filters.from !== undefined) parts.push(`"day" >= ${lit(filters.from)}`);
  if (filters.to !== undefined) parts.push(`"day" <= ${lit(filters.to)}`);
  return parts.join(' AND ');
}

async function chooseBy(db: Db, options: AggregateOptions): Promise<PeriodKind> {
  if (options.by !== 'auto') return options.by;
  const [range] = await db.rows(
    `SELECT CAST(max(CAST("day" AS DATE)) - min(CAST("day" AS DATE)) AS INTEGER) AS span
     FROM files JOIN kept USING (fid) WHERE ${where(options)}`,
  );
  return num(range ?? {}, 'span') <= AUTO_DAYS ? 'day' : 'week';
}

export async function aggregate(
  db: Db,
  loaded: LoadResult,
  options: AggregateOptions,
): Promise<ReportData> {
  const by = await chooseBy(db, options);
  await db.run(`CREATE TEMP TABLE sel AS
SELECT fid, "agentId" AS agent, coalesce(team, '') AS team, "day", ${periodOf(by, '"day"')} AS period,
  calls_count, calls_dropped, calls_inbound, calls_outbound, "calls_totalMs"
FROM files JOIN kept USING (fid) WHERE ${where(options)}`);

  const [summary] = await db.rows(`SELECT count(*) AS agent_days, count(DISTINCT agent) AS agents,
  count(DISTINCT team) FILTER (WHERE team <> '') AS teams, min("day") AS first, max("day") AS last,
  (SELECT count(*) FROM kept) AS kept FROM sel`);
  const s = summary ?? {};
  const first = s.first === null ? null : str(s, 'first');
  const last = s.last === null ? null : str(s, 'last');

  const periods =
    first === null || last === null
      ? []
      : await db.rows(`SELECT DISTINCT ${periodOf(by, 'd')} AS period FROM (
  SELECT CAST(unnest(generate_series(DATE ${lit(first)}, DATE ${lit(last)}, INTERVAL 1 DAY)) AS DATE) AS d
) ORDER BY period`);

  const rules = await db.rows(`SELECT period, team, "ruleId", sum(flagged) AS flagged,
  sum(accepted) AS accepted, sum(ignored) AS ignored
FROM t_rules JOIN sel USING (fid) GROUP BY ALL ORDER BY period, team, "ruleId"`);
  const checklist = await db.rows(`SELECT period, team, checklist, "itemId", sum(done) AS done,
  sum(missed) AS missed
FROM t_checklist JOIN sel USING (fid) GROUP BY ALL ORDER BY period, team, checklist, "itemId"`);
  const steps = await db.rows(`SELECT period, team, "scriptId", "stepId", sum(reached) AS reached,
  sum(completed) AS completed, sum("left") AS "left", sum("timeMs") AS "timeMs"
FROM t_scripts JOIN sel USING (fid) GROUP BY ALL ORDER BY period, team, "scriptId", "stepId"`);
  const calls = await db.rows(`SELECT period, team, count(DISTINCT agent) AS agents,
  count(*) AS agent_days, sum(calls_count) AS calls, sum(calls_dropped) AS dropped,
  sum(calls_inbound) AS inbound, sum(calls_outbound) AS outbound, sum("calls_totalMs") AS total_ms
FROM sel GROUP BY ALL ORDER BY period, team`);
  const outcomes = await db.rows(`SELECT period, team, outcome, sum(n) AS calls
FROM t_outcomes JOIN sel USING (fid) GROUP BY ALL ORDER BY period, team, outcome`);
  const agents = await db.rows(`WITH
  r AS (SELECT fid, sum(flagged) AS flagged, sum(accepted) AS accepted, sum(ignored) AS ignored FROM t_rules GROUP BY fid),
  c AS (SELECT fid, sum(done) AS done, sum(missed) AS missed FROM t_checklist GROUP BY fid),
  s AS (SELECT fid, sum(reached) AS reached, sum(completed) AS completed FROM t_scripts GROUP BY fid)
SELECT agent, team, count(*) AS days, sum(calls_count) AS calls, sum(calls_dropped) AS dropped,
  sum("calls_totalMs") AS total_ms, sum(r.flagged) AS flagged, sum(r.accepted) AS accepted,
  sum(r.ignored) AS ignored, sum(c.done) AS done, sum(c.missed) AS missed,
  sum(s.reached) AS reached, sum(s.completed) AS completed
FROM sel LEFT JOIN r USING (fid) LEFT JOIN c USING (fid) LEFT JOIN s USING (fid)
GROUP BY agent, team ORDER BY agent, team`);
  const packs = await db.rows(`SELECT id, version, count(DISTINCT agent) AS agents
FROM t_packs JOIN sel USING (fid) GROUP BY ALL ORDER BY id, version`);

  return {
    title: options.title,
    generatedAt: options.now.toISOString(),
    by,
    filters: { team: options.team, from: options.from, to: options.to },
    summary: {
      files: loaded.files,
      valid: loaded.valid,
      refused: loaded.refused.length,
      duplicates: loaded.duplicates.length,
      unreachable: options.unreachable,
      filteredOut: num(s, 'kept') - num(s, 'agent_days'),
      agentDays: num(s, 'agent_days'),
      agents: num(s, 'agents'),
      teams: num(s, 'teams'),
      firstDay: first,
      lastDay: last,
    },
    periods: periods.map((r) => str(r, 'period')),
    packs: packs.map((r) => ({
      id: str(r, 'id'),
      version: str(r, 'version'),
      agents: num(r, 'agents'),
    })),
    rules: rules.map((r) => ({
      period: str(r, 'period'),
      team: str(r, 'team'),
      ruleId: str(r, 'ruleId'),
      flagged: num(r, 'flagged'),
      accepted: num(r, 'accepted'),
      ignored: num(r, 'ignored'),
    })),
    checklist: checklist.map((r) => ({
      period: str(r, 'period'),
      team: str(r, 'team'),
      checklist: str(r, 'checklist'),
      itemId: str(r, 'itemId'),
      done: num(r, 'done'),
      missed: num(r, 'missed'),
    })),
    steps: steps.map((r) => ({
      period: str(r, 'period'),
      team: str(r, 'team'),
      scriptId: str(r, 'scriptId'),
      stepId: str(r, 'stepId'),
      reached: num(r, 'reached'),
      completed: num(r, 'completed'),
      left: num(r, 'left'),
      timeMs: num(r, 'timeMs'),
    })),
    calls: calls.map((r) => ({
      period: str(r, 'period'),
      team: str(r, 'team'),
      agents: num(r, 'agents'),
      agentDays: num(r, 'agent_days'),
      calls: num(r, 'calls'),
      dropped: num(r, 'dropped'),
      inbound: num(r, 'inbound'),
      outbound: num(r, 'outbound'),
      totalMs: num(r, 'total_ms'),
    })),
    outcomes: outcomes.map((r) => ({
      period: str(r, 'period'),
      team: str(r, 'team'),
      outcome: str(r, 'outcome'),
      calls: num(r, 'calls'),
    })),
    agents: agents.map((r) => ({
      agentId: str(r, 'agent'),
      team: str(r, 'team'),
      days: num(r, 'days'),
      calls: num(r, 'calls'),
      dropped: num(r, 'dropped'),
      totalMs: num(r, 'total_ms'),
      flagged: num(r, 'flagged'),
      accepted: num(r, 'accepted'),
      ignored: num(r, 'ignored'),
      done: num(r, 'done'),
      missed: num(r, 'missed'),
      reached: num(r, 'reached'),
      completed: num(r, 'completed'),
    })),
  };
}
