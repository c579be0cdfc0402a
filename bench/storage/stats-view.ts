// The options statistics view at 500,000 statistics rows (issue 15: it took 8 s and 184 MB),
// this tree's way beside the old full scan, in the same run on the same database. Part of
// bench/storage/page.ts (real IndexedDB in an extension page).
import { lastDays, ruleTrends } from '../../components/options/sections/stats/aggregate';
import { LaipniDb } from '../../lib/data/database';
import type { RuleStatRecord } from '../../lib/data/records';
import { statsByDay } from '../../lib/data/stats';
import { ruleDayTotals, topForms } from '../../lib/data/stats-query';
import { rebuildRuleDayTotals } from '../../lib/data/stats-totals';

export interface StatsBenchRow {
  key: string;
  name: string;
  samplesMs: number[];
  targetMs: number | null;
}

/** Layout: RULES rules × FORMS forms on each of DAYS days up to today = 500,000 rows. */
export const STATS_LAYOUT = { rules: 100, forms: 50, days: 100 } as const;
const TOTAL_ROWS = STATS_LAYOUT.rules * STATS_LAYOUT.forms * STATS_LAYOUT.days;
const VIEW_TARGET_MS = 200;

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

/** 500,000 rows, written as bulkAdd batches of 10,000 (no totals: the rebuild makes them). */
async function fill(db: LaipniDb, now: number): Promise<void> {
  const days = lastDays(STATS_LAYOUT.days, now);
  let batch: RuleStatRecord[] = [];
  let n = 0;
  for (const day of days)
    for (let r = 0; r < STATS_LAYOUT.rules; r++)
      for (let f = 0; f < STATS_LAYOUT.forms; f++) {
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
          await db.ruleStats.bulkAdd(batch);
          batch = [];
        }
      }
  if (batch.length) await db.ruleStats.bulkAdd(batch);
}

type Timer = (runs: number, warmup: number, fn: () => Promise<unknown>) => Promise<number[]>;

function same(a: unknown, b: unknown, what: string): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: the two ways disagree`);
}

export async function statsViewBench(
  dbName: string,
  time: Timer,
  status: (text: string) => void,
): Promise<{ rows: StatsBenchRow[]; fillMs: number }> {
  const db = new LaipniDb(dbName);
  const now = Date.now();
  status('stats fill');
  const t0 = performance.now();
  await fill(db, now);
  const fillMs = performance.now() - t0;
  const count = await db.ruleStats.count();
  if (count !== TOTAL_ROWS) throw new Error(`expected ${TOTAL_ROWS} rows, found ${count}`);

  status('stats rebuild');
  const rows: StatsBenchRow[] = [];
  // The v5 upgrade's work on a database that already has these rows (once: it is a one-off).
  const r0 = performance.now();
  await db.transaction('rw', db.ruleStats, db.ruleDayTotals, () =>
    rebuildRuleDayTotals(db.ruleStats, db.ruleDayTotals),
  );
  rows.push({
    key: 'stats-rebuild',
    name: `v5 upgrade / restore: totals made from ${TOTAL_ROWS.toLocaleString('en')} rows (one run)`,
    samplesMs: [performance.now() - r0],
    targetMs: null,
  });

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
    const label = `${period}-day view over ${TOTAL_ROWS.toLocaleString('en')} rows (${old.rows.toLocaleString('en')} in the period)`;
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
      name: `${label}: top phrases, chunked scan (loaded apart)`,
      samplesMs: await time(3, 1, () => newTopPhrases(db, days)),
      targetMs: VIEW_TARGET_MS,
    });
  }
  db.close();
  return { rows, fillMs };
}
