/**
 * The naive method, shown beside the analyser so the gain is visible: a fixed-threshold energy
 * VAD on full-band 10 ms frames (same 300 ms hangover, no noise floor, no onset check), syllables
 * as local maxima of the raw frame energy (≥ 100 ms apart) while voiced, interruptions by the same
 * back-channel rule on those segments, level as the RMS of everything.
 */
export const NAIVE_THRESHOLD_DB = -45;
const FRAME_MS = 10;
const HANGOVER = 30;

export interface NaiveChannel {
  /** Frame energies, dBFS. */
  db: Float64Array;
  /** 1 while voiced (hangover included). */
  voiced: Uint8Array;
}

export function naiveChannel(x: Float32Array, sampleRate: number): NaiveChannel {
  const hop = Math.round((sampleRate * FRAME_MS) / 1000);
  const n = Math.floor(x.length / hop);
  const db = new Float64Array(n);
  const voiced = new Uint8Array(n);
  let quiet = HANGOVER;
  for (let f = 0; f < n; f++) {
    let s = 0;
    for (let i = f * hop; i < (f + 1) * hop; i++) s += (x[i] as number) ** 2;
    db[f] = 10 * Math.log10(s / hop + 1e-12);
    quiet = (db[f] as number) > NAIVE_THRESHOLD_DB ? 0 : quiet + 1;
    voiced[f] = quiet < HANGOVER ? 1 : 0;
  }
  return { db, voiced };
}

/** Local maxima of the raw envelope at least 100 ms apart, per voiced second. */
export function naiveRate(c: NaiveChannel): number {
  let peaks = 0;
  let frames = 0;
  let last = -1e9;
  for (let f = 1; f + 1 < c.db.length; f++) {
    if (!c.voiced[f]) continue;
    frames++;
    const v = c.db[f] as number;
    if (v > (c.db[f - 1] as number) && v >= (c.db[f + 1] as number) && f - last >= 10) {
      peaks++;
      last = f;
    }
  }
  return frames ? peaks / (frames * FRAME_MS * 1e-3) : 0;
}

/** Voiced time in ms (hangover included), for talk share. */
export function naiveTalkMs(c: NaiveChannel): number {
  let n = 0;
  for (let f = 0; f < c.voiced.length; f++) n += c.voiced[f] as number;
  return n * FRAME_MS;
}

/** Agent onsets while the customer is voiced whose segment lasts beyond 0.6 s: onset times, s. */
export function naiveInterruptions(agent: NaiveChannel, customer: NaiveChannel): number[] {
  const out: number[] = [];
  const n = Math.min(agent.voiced.length, customer.voiced.length);
  for (let f = 1; f < n; f++) {
    if (!agent.voiced[f] || agent.voiced[f - 1] || !customer.voiced[f]) continue;
    let end = f;
    while (end < n && agent.voiced[end]) end++;
    if ((end - f - HANGOVER) * FRAME_MS > 600) out.push((f * FRAME_MS) / 1000);
  }
  return out;
}

/** RMS of the whole file, dBFS. */
export function naiveLevelDb(x: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] as number) ** 2;
  return 10 * Math.log10(s / x.length + 1e-12);
}
