// The data-layer benchmark of bench/data.bench.ts, run in an extension page against Chromium's
// real IndexedDB (DECISIONS.md: storage benchmarks run in Chromium). scripts/bench-storage.mjs
// bundles this file into a copy of the built extension, opens bench-storage.html and reads
// `window.benchResult`. Same workloads as data.bench.ts (kept in step by hand); its own
// database names (`laipni-bench-*`), deleted afterwards, so the extension's database is untouched.
// The statistics view at 500,000 rows (stats-view.ts) has no fake-indexeddb counterpart.
import Dexie from 'dexie';
import { bigPack, makeCall } from '../data-workload';
import { BUILTIN_PACK } from '../../lib/core/engine';
import { lastCallsOfContact } from '../../lib/data/calls';
import { LaipniDb } from '../../lib/data/database';
import { importPack } from '../../lib/data/pack-import';
import type { CallRecord } from '../../lib/core/model/call';
import { computeEffectivePack } from '../../lib/core/packs/layering';
import type { PersonalLayer } from '../../lib/core/packs/overrides';
import type { Pack } from '../../lib/core/model/pack';
import { statsViewBench, type StatsLayoutName } from './stats-view';

export interface StorageBenchRow {
  /** `import`, `recompute-typical`, `recompute-large`, `first-compute`, `last-calls`, `stats-*`. */
  key: string;
  name: string;
  medianMs: number;
  samplesMs: number[];
  targetMs: number | null;
}

export interface StorageBenchResult {
  ok: boolean;
  error?: string;
  userAgent: string;
  rows: StorageBenchRow[];
  fillMs?: number;
  statsFillMs?: number;
  totalMs: number;
}

declare global {
  interface Window {
    benchResult?: StorageBenchResult;
  }
}

const PREFIX = 'laipni-bench';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function timeAsync(
  runs: number,
  warmup: number,
  fn: (i: number) => Promise<unknown>,
  after?: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await fn(i);
    const t = performance.now() - t0;
    if (i >= warmup) times.push(t);
    if (after) await after(i);
  }
  return times;
}

function timeSync(runs: number, warmup: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    fn();
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return times;
}

function row(
  key: StorageBenchRow['key'],
  name: string,
  samplesMs: number[],
  targetMs: number | null,
): StorageBenchRow {
  return { key, name, medianMs: median(samplesMs), samplesMs, targetMs };
}

async function deleteBenchDatabases(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  for (const name of names) if (name.startsWith(PREFIX)) await Dexie.delete(name);
}

/** 4. The options statistics view at 500,000 rows, beside the old full scan (stats-view.ts). */
async function statsRows(
  status: (text: string) => void,
  layout: StatsLayoutName = 'dense',
): Promise<{ rows: StorageBenchRow[]; fillMs: number }> {
  const result = await statsViewBench(
    `${PREFIX}-stats`,
    (runs, warmup, fn) => timeAsync(runs, warmup, fn),
    status,
    layout,
  );
  await Dexie.delete(`${PREFIX}-stats`);
  return {
    rows: result.rows.map((r) => row(r.key, r.name, r.samplesMs, r.targetMs)),
    fillMs: result.fillMs,
  };
}

async function run(status: (text: string) => void): Promise<Omit<StorageBenchResult, 'totalMs'>> {
  await deleteBenchDatabases();
  // `#stats` or `#stats-year`: only the statistics view (`npm run bench:storage -- --stats-only`,
  // `--stats-layout=year`).
  if (location.hash.startsWith('#stats')) {
    const stats = await statsRows(status, location.hash === '#stats-year' ? 'year' : 'dense');
    return {
      ok: true,
      userAgent: navigator.userAgent,
      rows: stats.rows,
      statsFillMs: stats.fillMs,
    };
  }
  const rows: StorageBenchRow[] = [];

  // 1. Import of a 10,000-rule pack into a fresh database: parse, validate, one transaction.
  status('import');
  const text = JSON.stringify(bigPack(10_000));
  const importTimes = await timeAsync(
    7,
    2,
    async (i) => {
      const db = new LaipniDb(`${PREFIX}-import-${i}`);
      const result = await importPack(db, text);
      if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
      db.close();
    },
    (i) => Dexie.delete(`${PREFIX}-import-${i}`),
  );
  rows.push(
    row(
      'import',
      `import a 10,000-rule pack (${(text.length / 1e6).toFixed(1)} MB JSON, 1,000 rules with examples)`,
      importTimes,
      500,
    ),
  );

  // 2. Effective-rule-set recompute (pure layering + version hash; no storage, same engine).
  status('recompute');
  const personal: PersonalLayer = {
    ruleOverrides: BUILTIN_PACK.rules
      .slice(0, 20)
      .map((r, i) =>
        i % 2
          ? { ruleId: r.id, enabled: false }
          : { ruleId: r.id, replacements: ['Mans variants'] },
      ),
    rules: bigPack(30).rules.map((r) => ({ ...r, id: `personal-${r.id}` })),
    checklistItems: [
      { checklist: 'closing', order: 0, item: { id: 'paldies', text: { lv: 'Paldies' } } },
    ],
    phrases: [],
  };
  const typical = { builtin: [BUILTIN_PACK], team: [{ pack: bigPack(500) }], personal };
  rows.push(
    row(
      'recompute-typical',
      `recompute: built-in (${BUILTIN_PACK.rules.length} rules) + 500-rule team pack + 20 overrides + 30 personal rules`,
      timeSync(50, 10, () => computeEffectivePack(typical)),
      20,
    ),
  );
  const large = { builtin: [BUILTIN_PACK], team: [{ pack: bigPack(10_000) }], personal };
  rows.push(
    row(
      'recompute-large',
      'recompute: built-in + 10,000-rule team pack + same personal layer (packs parsed and cached)',
      timeSync(15, 3, () => computeEffectivePack(large)),
      20,
    ),
  );
  const stored = JSON.stringify(bigPack(10_000));
  rows.push(
    row(
      'first-compute',
      'first compute after installing the 10,000-rule pack (parse stored JSON + build every rule)',
      timeSync(9, 2, () =>
        computeEffectivePack({ ...large, team: [{ pack: JSON.parse(stored) as Pack }] }),
      ),
      null,
    ),
  );

  // 3. Last 5 calls of a contact over 100,000 call records (5,000 contacts).
  status('calls fill');
  const db = new LaipniDb(`${PREFIX}-calls`);
  const contacts = 5_000;
  const t0 = performance.now();
  for (let i = 0; i < 100_000; i += 10_000) {
    const batch: CallRecord[] = [];
    for (let j = i; j < i + 10_000; j++) batch.push(makeCall(j, contacts));
    await db.calls.bulkAdd(batch);
  }
  const fillMs = performance.now() - t0;
  status('calls query');
  const queryTimes = await timeAsync(200, 20, async (i) => {
    const found = await lastCallsOfContact(db, `contact-${(i * 31) % contacts}`, 5);
    if (found.length !== 5) throw new Error('expected 5 calls');
  });
  rows.push(
    row(
      'last-calls',
      `last 5 calls of a contact over 100,000 call records (fill took ${(fillMs / 1000).toFixed(1)} s)`,
      queryTimes,
      5,
    ),
  );
  db.close();
  const stats = await statsRows(status);
  rows.push(...stats.rows);
  await deleteBenchDatabases();
  return { ok: true, userAgent: navigator.userAgent, rows, fillMs, statsFillMs: stats.fillMs };
}

const statusEl = document.getElementById('status');
const status = (text: string): void => {
  if (statusEl) statusEl.textContent = text;
};
const started = performance.now();
run(status).then(
  (result) => {
    status('done');
    window.benchResult = { ...result, totalMs: performance.now() - started };
  },
  (error: unknown) => {
    status('failed');
    window.benchResult = {
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      userAgent: navigator.userAgent,
      rows: [],
      totalMs: performance.now() - started,
    };
  },
);
