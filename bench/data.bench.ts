// Data-layer figures: pack import, effective-rule-set recompute, last calls of a
// contact. Runs on fake-indexeddb in Node; real IndexedDB in Chromium is measured separately.
import 'fake-indexeddb/auto';
import { bigPack, makeCall } from './data-workload';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { cpus } from 'node:os';
import { BUILTIN_PACK } from '../lib/core/engine';
import { lastCallsOfContact } from '../lib/data/calls';
import { LaipniDb } from '../lib/data/database';
import { importPack } from '../lib/data/pack-import';
import type { CallRecord } from '../lib/core/model/call';
import { computeEffectivePack } from '../lib/core/packs/layering';
import type { PersonalLayer } from '../lib/core/packs/overrides';
import type { Pack } from '../lib/core/model/pack';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function timeAsync(
  runs: number,
  warmup: number,
  fn: (i: number) => Promise<unknown>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await fn(i);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return median(times);
}

function timeSync(runs: number, warmup: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    fn();
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return median(times);
}

function freshDb(name: string): LaipniDb {
  return new LaipniDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

const results: Array<[string, number, number]> = [];

// 1. Import of a 10,000-rule pack: JSON text → validation (+ examples) → one transaction.
{
  const text = JSON.stringify(bigPack(10_000));
  const ms = await timeAsync(7, 2, async (i) => {
    const db = freshDb(`import-${i}`);
    const result = await importPack(db, text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    db.close();
  });
  results.push([
    `import a 10,000-rule pack (${(text.length / 1e6).toFixed(1)} MB JSON, 1,000 rules with examples)`,
    ms,
    500,
  ]);
}

// 2. Effective-rule-set recompute (pure layering + version hash).
{
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
  results.push([
    `recompute: built-in (${BUILTIN_PACK.rules.length} rules) + 500-rule team pack + 20 overrides + 30 personal rules`,
    timeSync(50, 10, () => computeEffectivePack(typical)),
    20,
  ]);
  const large = { builtin: [BUILTIN_PACK], team: [{ pack: bigPack(10_000) }], personal };
  results.push([
    'recompute: built-in + 10,000-rule team pack + same personal layer (packs parsed and cached, as the background holds them)',
    timeSync(15, 3, () => computeEffectivePack(large)),
    20,
  ]);
  // Cold: the first computation after a pack is installed parses its stored JSON and builds
  // every effective rule (later recomputes reuse both).
  const stored = JSON.stringify(bigPack(10_000));
  results.push([
    'first compute after installing the 10,000-rule pack (parse stored JSON + build every rule)',
    timeSync(9, 2, () =>
      computeEffectivePack({ ...large, team: [{ pack: JSON.parse(stored) as Pack }] }),
    ),
    NaN,
  ]);
}

// 3. Last calls of a contact over 100,000 call records (5,000 contacts).
{
  const db = freshDb('calls');
  const contacts = 5_000;
  const calls: CallRecord[] = [];
  for (let i = 0; i < 100_000; i++) {
    calls.push(makeCall(i, contacts));
  }
  const t0 = performance.now();
  for (let i = 0; i < calls.length; i += 10_000) await db.calls.bulkAdd(calls.slice(i, i + 10_000));
  const fill = performance.now() - t0;
  const ms = await timeAsync(200, 20, async (i) => {
    const found = await lastCallsOfContact(db, `contact-${(i * 31) % contacts}`, 5);
    if (found.length !== 5) throw new Error('expected 5 calls');
  });
  results.push([
    `last 5 calls of a contact over 100,000 call records (fill took ${(fill / 1000).toFixed(1)} s)`,
    ms,
    5,
  ]);
  db.close();
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Data layer on fake-indexeddb (in-memory, Node ${process.version}, ${cpu}, ${cpus().length} cores); medians.`,
);
console.log('Real IndexedDB in Chromium is measured separately.\n');
console.log('| measurement | median | target |');
console.log('|---|---|---|');
for (const [name, ms, target] of results) {
  const goal = Number.isNaN(target) ? '—' : `≤ ${target} ms ${ms <= target ? '✓' : '✗'}`;
  console.log(`| ${name} | ${ms.toFixed(2)} ms | ${goal} |`);
}
