// The options statistics view at 500,000 statistics rows (issue 15: it took 8 s and 184 MB),
// this tree's way beside the old full scan, in the same run on the same database. Part of
// bench/storage/page.ts (real IndexedDB in an extension page).
import { lastDays, ruleTrends } from '../../components/options/sections/stats/aggregate';
import Dexie from 'dexie';
import { LaipniDb } from '../../lib/data/database';
import { refreshFormWindow, topFormsOfPeriod } from '../../lib/data/form-windows';
import { declareSchema } from '../../lib/data/schema';
import type { RuleStatRecord } from '../../lib/data/records';
import { statsByDay } from '../../lib/data/stats';
import { ruleDayTotals, topForms } from '../../lib/data/stats-query';

export interface StatsBenchRow {
  key: string;
  name: string;
  samplesMs: number[];
  targetMs: number | null;
}

/**
 * 500,000 rows as `rules` rules × `forms` forms on each of `days` days up to today. `dense`: all
 * of them inside the view's longest period (5,000 rows a day, a flood's worst case); `year`: a
 * year and a month of heavy use (1,250 rows a day), most of it older than the view's periods.
 */
export const STATS_LAYOUTS = {
  dense: { rules: 100, forms: 50, days: 100 },
  year: { rules: 50, forms: 25, days: 400 },
} as const;
export type StatsLayoutName = keyof typeof STATS_LAYOUTS;
type Layout = (typeof STATS_LAYOUTS)[StatsLayoutName];
const TOTAL_ROWS = 500_000;
const VIEW_TARGET_MS = 200;
const DAY_MS = 24 * 3600_000;

/**
 * The old view's statistics (commit 4348182, components/options/sections/stats): every row of the
 * period read with one `statsByDay`, then trends and the top phrases summed in the page.
 */
function oldTopPhrases(rows: readonly RuleStatRecord[], limit = 10) {
  const byForm = new Map<
    string,
    { form: string; ruleIds: string[]; flagged: number; accepted: number }
  >();
  for (const row of rows) {
    if (row.form === '') continue;
    const entry = byForm.get(row.form) ?? { form: row.form, ruleIds: [], flagged: 0, accepted: 0 };
    entry.flagged += row.flagged;
    entry.accepted += row.accepted;
    if (!entry.ruleIds.includes(row.ruleId)) entry.ruleIds.push(row.ruleId);
    byForm.set(row.form, entry);
  }
  return [...byForm.values()]
    .filter((p) => p.flagged > 0)
    .sort((a, b) => b.flagged - a.flagged || a.form.localeCompare(b.form))
    .slice(0, limit);
}

async function oldView(db: LaipniDb, days: string[]) {
  const rows = await statsByDay(db, days[0] ?? '', days[days.length - 1] ?? '');
  return { trends: ruleTrends(rows, days), phrases: oldTopPhrases(rows), rows: rows.length };
}

/** This tree's view: the trends from the totals; the top phrases, a query of their own. */
async function newTrends(db: LaipniDb, days: string[]) {
  const totals = await ruleDayTotals(db, days[0] ?? '', days[days.length - 1] ?? '');
  return ruleTrends(totals, days);
}
function newTopPhrases(db: LaipniDb, days: string[]) {
  return topForms(db, days[0] ?? '', days[days.length - 1] ?? '', 10);
}

/**
 * 500,000 rows written as a version-3 database (before the totals existed) would hold them, in
 * bulkAdd batches of 10,000; opening it with this tree's schema then runs the v5 upgrade.
 */
async function fillAtV3(name: string, now: number, layout: Layout): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, 3);
  const stats = old.table<RuleStatRecord>('ruleStats');
  const days = lastDays(layout.days, now);
  let batch: RuleStatRecord[] = [];
  let n = 0;
  for (const day of days)
    for (let r = 0; r < layout.rules; r++)
      for (let f = 0; f < layout.forms; f++) {
        n += 1;
        // Counts differ per row and per day, so sums are not all alike.
        batch.push({
          day,
          ruleId: `team-rule-${r}`,
          form: `frāze ${r}-${f}`,
          flagged: 1 + ((n * 7) % 13),
          accepted: (n * 3) % 5,
          ignored: n % 2,
        });
        if (batch.length === 10_000) {
          await stats.bulkAdd(batch);
          batch = [];
        }
      }
  if (batch.length) await stats.bulkAdd(batch);
  old.close();
}

type Timer = (runs: number, warmup: number, fn: () => Promise<unknown>) => Promise<number[]>;

function same(a: unknown, b: unknown, what: string): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: the two ways disagree`);
}

export async function statsViewBench(
  dbName: string,
  time: Timer,
  status: (text: string) => void,
  layoutName: StatsLayoutName = 'dense',
): Promise<{ rows: StatsBenchRow[]; fillMs: number }> {
  const layout = STATS_LAYOUTS[layoutName];
  if (layout.rules * layout.forms * layout.days !== TOTAL_ROWS) throw new Error('layout');
  const now = Date.now();
  status('stats fill');
  const t0 = performance.now();
  await fillAtV3(dbName, now, layout);
  const fillMs = performance.now() - t0;

  status('stats upgrade');
  const rows: StatsBenchRow[] = [];
  // The v5 upgrade on a database that already has these rows: once, it is a one-off.
  const db = new LaipniDb(dbName);
  const u0 = performance.now();
  await db.open();
  rows.push({
    key: 'stats-upgrade',
    name: `${layoutName}: v5 upgrade: open a v3 database of ${TOTAL_ROWS.toLocaleString('en')} rows, totals made from them (one run)`,
    samplesMs: [performance.now() - u0],
    targetMs: null,
  });
  const count = await db.ruleStats.count();
  const totals = await db.ruleDayTotals.count();
  const expected = layout.rules * layout.days;
  if (count !== TOTAL_ROWS || totals !== expected)
    throw new Error(
      `expected ${TOTAL_ROWS} rows and ${expected} totals, found ${count}, ${totals}`,
    );

  for (const period of [30, 90]) {
    const days = lastDays(period, now);
    status(`stats ${period} days`);
    // Both ways must show the same figures before either is timed.
    const old = await oldView(db, days);
    same(await newTrends(db, days), old.trends, 'trends');
    same(
      (await newTopPhrases(db, days)).map(({ other: _, ...p }) => p),
      old.phrases,
      'top phrases',
    );
    const label = `${layoutName}: ${period}-day view over ${TOTAL_ROWS.toLocaleString('en')} rows (${old.rows.toLocaleString('en')} in the period)`;
    rows.push({
      key: `stats-old-${period}`,
      name: `${label}: old full scan (statsByDay + sums in the page)`,
      samplesMs: await time(3, 1, () => oldView(db, days)),
      targetMs: null,
    });
    rows.push({
      key: `stats-trends-${period}`,
      name: `${label}: trends from ruleDayTotals (what the view shows first)`,
      samplesMs: await time(15, 3, () => newTrends(db, days)),
      targetMs: VIEW_TARGET_MS,
    });
    rows.push({
      key: `stats-phrases-${period}`,
      name: `${label}: top phrases, chunked scan (while no window is current)`,
      samplesMs: await time(3, 1, () => newTopPhrases(db, days)),
      targetMs: null,
    });
    // The form window: made for yesterday's view (the slow case, once), moved by one day to
    // today's, then read with today's rows as the view does on every load and every new count.
    status(`stats ${period} days window`);
    const w0 = performance.now();
    await refreshFormWindow(db, period, now - DAY_MS);
    const made = performance.now() - w0;
    const m0 = performance.now();
    await refreshFormWindow(db, period, now);
    const moved = performance.now() - m0;
    rows.push({
      key: `stats-window-made-${period}`,
      name: `${label}: form window made from the rows (once; after an upgrade, a restore, a long pause)`,
      samplesMs: [made],
      targetMs: null,
    });
    rows.push({
      key: `stats-window-moved-${period}`,
      name: `${label}: form window moved by one day (once a day, ${(layout.rules * layout.forms).toLocaleString('en')} rows a day)`,
      samplesMs: [moved],
      targetMs: null,
    });
    same(
      (await topFormsOfPeriod(db, period, 10, now)).map(({ other: _, ...p }) => p),
      old.phrases,
      'top phrases from the window',
    );
    rows.push({
      key: `stats-phrases-window-${period}`,
      name: `${label}: top phrases from the form window + today's rows (what the view reads)`,
      samplesMs: await time(15, 3, () => topFormsOfPeriod(db, period, 10, now)),
      targetMs: VIEW_TARGET_MS,
    });
  }
  db.close();
  return { rows, fillMs };
}
