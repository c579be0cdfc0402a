/** Timing helpers for the benchmarks: warm-up, then the median of many samples. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Median milliseconds per call of `fn`. Each sample times `batch` calls so that very short
 * calls are above the timer's resolution; warm-up samples are discarded.
 */
export function timeMs(
  fn: () => unknown,
  options: { samples?: number; batch?: number; warmup?: number } = {},
): number {
  return timeBoth(fn, options).wall;
}

/**
 * Median wall-clock milliseconds per call, and mean CPU milliseconds per call of this process
 * (less disturbed when other jobs share the cores; it includes V8's GC threads).
 */
export function timeBoth(
  fn: () => unknown,
  options: { samples?: number; batch?: number; warmup?: number } = {},
): { wall: number; cpu: number } {
  const samples = options.samples ?? 200;
  const batch = options.batch ?? 1;
  const warmup = options.warmup ?? Math.max(20, samples >> 2);
  const times: number[] = [];
  let sink = 0;
  let cpuStart = process.cpuUsage();
  for (let s = 0; s < warmup + samples; s++) {
    if (s === warmup) cpuStart = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) if (fn()) sink++;
    const t = (performance.now() - t0) / batch;
    if (s >= warmup) times.push(t);
  }
  const used = process.cpuUsage(cpuStart);
  if (sink < 0) console.log(sink);
  return { wall: median(times), cpu: (used.user + used.system) / 1000 / (samples * batch) };
}

/** A small deterministic PRNG (mulberry32) so generated inputs are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]): string =>
    `| ${r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(cells[0] as string[]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function fmt(n: number): string {
  if (n >= 100) return n.toFixed(0);
  if (n >= 1) return n.toFixed(2);
  if (n >= 0.01) return n.toFixed(4);
  return n.toPrecision(2);
}
