/**
 * Team report benchmark: 2,000 agents × 90 days of realistic activity files (≈ 180,000 small
 * JSON files, built-in rule ids, checklist items, three scripts), then the report's own work —
 * listing the folder, checking every file in worker threads (the bundled checker, as
 * `laipni report` runs it), DuckDB reading the rows back, the aggregation, HTML and CSV —
 * timed against a
 * 10 s target and beside two baselines in the same run: a plain Node loop that reads, parses
 * and sums the same files (no checks), and the same loop validating each file with
 * parseActivity (on a tenth of the agents, scaled up). REPORT_BENCH_AGENTS=200 for a quick run.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate } from '../cli/report/aggregate';
import { renderCsv } from '../cli/report/csv';
import { openDb } from '../cli/report/duckdb';
import { renderHtml } from '../cli/report/html';
import { loadActivities } from '../cli/report/load';
import { resolveSources } from '../cli/report/sources';
import type { ActivityExport } from '../lib/core/model/activity';
import { parseActivity } from '../lib/core/report/activity';
import { dayAfter, generateActivity, seeded } from '../tests/fixtures/activity';
import { buildReportWorker } from '../tests/fixtures/report-worker';
import { fmt, table } from './measure';

const AGENTS = Number(process.env.REPORT_BENCH_AGENTS ?? 2000);
const DAYS = 90;
const TARGET_S = 10;

interface Timed<T> {
  value: T;
  wall: number;
  cpu: number;
}

async function timed<T>(fn: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu0);
  return { value, wall: (performance.now() - t0) / 1000, cpu: (used.user + used.system) / 1e6 };
}

function generate(dir: string): { files: number; bytes: number } {
  const random = seeded(90);
  let files = 0;
  let bytes = 0;
  for (let a = 0; a < AGENTS; a++) {
    const agentId = `agent-${String(a).padStart(4, '0')}`;
    const folder = join(dir, agentId);
    mkdirSync(folder);
    for (let d = 0; d < DAYS; d++) {
      const day = dayAfter('2026-01-01', d);
      const text = JSON.stringify(
        generateActivity({ agentId, team: `team-${a % 12}`, day, random }),
      );
      writeFileSync(join(folder, `${day}.json`), text);
      files++;
      bytes += text.length;
    }
  }
  return { files, bytes };
}

/** The baseline: read, parse and add up the same files, trusting every one. */
function plainLoop(dir: string, validate: (name: string) => boolean) {
  const perRule = new Map<string, number>();
  let calls = 0;
  let files = 0;
  for (const agent of readdirSync(dir)) {
    if (!validate(agent)) continue;
    for (const name of readdirSync(join(dir, agent))) {
      const doc = JSON.parse(readFileSync(join(dir, agent, name), 'utf8')) as ActivityExport;
      files++;
      calls += doc.calls.count;
      for (const r of doc.rules) perRule.set(r.ruleId, (perRule.get(r.ruleId) ?? 0) + r.flagged);
    }
  }
  return { files, calls, rules: perRule.size };
}

function validatingLoop(dir: string) {
  let files = 0;
  let valid = 0;
  for (const agent of readdirSync(dir).filter((_, i) => i % 10 === 0)) {
    for (const name of readdirSync(join(dir, agent))) {
      files++;
      if (parseActivity(readFileSync(join(dir, agent, name), 'utf8')).ok) valid++;
    }
  }
  return { files, valid };
}

async function report(dir: string) {
  const tempDir = mkdtempSync(join(tmpdir(), 'laipni-report-bench-db-'));
  const url = await buildReportWorker(tempDir);
  const db = await openDb({ tempDir });
  try {
    const load = await timed(async () =>
      loadActivities(db, await resolveSources([dir], tempDir, console.error), {
        tempDir,
        workers: { url, count: availableParallelism() },
      }),
    );
    const agg = await timed(() =>
      aggregate(db, load.value, { by: 'auto', title: 'Bench', now: new Date(), unreachable: 0 }),
    );
    const render = await timed(() => ({
      html: renderHtml(agg.value).length,
      csv: renderCsv(agg.value).length,
    }));
    return { load, agg, render };
  } finally {
    db.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'laipni-report-bench-'));
try {
  console.log(
    `machine: ${cpus().length} CPU(s), ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other processes share the CPUs: CPU seconds are this process's own)`,
  );
  const made = await timed(() => generate(dir));
  console.log(
    `generated ${made.value.files} files (${AGENTS} agents × ${DAYS} days), ${fmt(made.value.bytes / 1e6)} MB of JSON, in ${fmt(made.wall)} s`,
  );

  const base = await timed(() => plainLoop(dir, () => true));
  const best = await report(dir);
  const checked = await timed(() => validatingLoop(dir));
  const scale = made.value.files / checked.value.files;

  const loaded = best.load.value;
  if (loaded.valid !== made.value.files || base.value.files !== made.value.files)
    throw new Error(
      `expected ${made.value.files} valid files, got ${loaded.valid} / ${base.value.files}`,
    );
  const total = best.load.wall + best.agg.wall;
  const perFile = (cpu: number) => `${fmt((cpu / made.value.files) * 1e6)} µs CPU a file`;
  console.log(
    table(
      ['step', 'wall s', 'CPU s', 'note'],
      [
        [
          `report: list, check every file (${loaded.checkers} threads), DuckDB reads the rows`,
          best.load.wall,
          best.load.cpu,
          `${loaded.valid} valid, ${perFile(best.load.cpu)} (all threads)`,
        ],
        [
          'report: aggregation (per week, team, agent)',
          best.agg.wall,
          best.agg.cpu,
          `${best.agg.value.periods.length} periods`,
        ],
        [
          'report: load + aggregation',
          total,
          best.load.cpu + best.agg.cpu,
          `target ≤ ${TARGET_S} s: ${total <= TARGET_S ? 'met' : 'missed'}`,
        ],
        [
          'report: HTML + CSV',
          best.render.wall,
          best.render.cpu,
          `${fmt(best.render.value.html / 1024)} KB + ${fmt(best.render.value.csv / 1024)} KB`,
        ],
        [
          'baseline: Node loop, read + JSON.parse + sum, no checks',
          base.wall,
          base.cpu,
          `1 thread, ${perFile(base.cpu)}`,
        ],
        [
          'baseline: the same loop with parseActivity (1/10, scaled)',
          checked.wall * scale,
          checked.cpu * scale,
          `${checked.value.valid} of ${checked.value.files} valid, ${perFile(checked.cpu * scale)}`,
        ],
      ],
    ),
  );
  console.log(
    `peak memory ${fmt(process.resourceUsage().maxRSS / 1024)} MB; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  const gone = await timed(() => rmSync(dir, { recursive: true, force: true }));
  console.log(`removed the files in ${fmt(gone.wall)} s`);
}
