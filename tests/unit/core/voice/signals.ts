/**
 * Synthetic test signals for the voice analyser, so the tests need no recordings: a voiced
 * "syllable train" (a 150 Hz harmonic carrier, amplitude-modulated once per syllable, with dips
 * of ~14 dB between syllables like connected speech), tones, white noise, and helpers to place
 * them on a timeline and feed an analyser in AudioWorklet-sized chunks.
 */
import type { VoiceAnalyzer, VoiceChannel } from '../../../../lib/core/voice';

export const SR = 16000;

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

export function meanSquareDb(x: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] as number) ** 2;
  return 10 * Math.log10(s / x.length);
}

/** Scales `x` in place to a mean square of `db` dBFS. */
export function setLevel(x: Float32Array, db: number): Float32Array {
  const g = Math.pow(10, (db - meanSquareDb(x)) / 20);
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) * g;
  return x;
}

/**
 * `count` syllables at `rate` per second (each one's length varies by ±`jitter`), at `levelDb`
 * dBFS mean square. The carrier has harmonics up to 1.8 kHz, like a voiced vowel.
 */
export function syllables(
  count: number,
  rate: number,
  { levelDb = -26, jitter = 0.15, seed = 1, f0 = 150 } = {},
): Float32Array {
  const random = rng(seed);
  const lengths = Array.from({ length: count }, () => (1 + jitter * (random() * 2 - 1)) / rate);
  const total = lengths.reduce((a, b) => a + b, 0);
  // Stretch so that the train lasts exactly count / rate seconds.
  const scale = count / rate / total;
  const n = Math.round((count / rate) * SR);
  const x = new Float32Array(n);
  const phases = Array.from({ length: 12 }, () => random() * 2 * Math.PI);
  let start = 0;
  for (const len of lengths) {
    const a = Math.round(start * SR);
    const b = Math.min(n, Math.round((start + len * scale) * SR));
    for (let i = a; i < b; i++) {
      const u = (i - a) / (b - a);
      const env = 0.2 + 0.8 * Math.sin(Math.PI * u) ** 2;
      const t = i / SR;
      let v = 0;
      for (let k = 1; k <= 12; k++)
        v += Math.sin(2 * Math.PI * k * f0 * t + (phases[k - 1] as number)) / k;
      x[i] = env * v;
    }
    start += len * scale;
  }
  // Soft edges (10 ms) so the train starts and ends like a word, not a click.
  const edge = Math.round(0.01 * SR);
  for (let i = 0; i < edge && i < n; i++) {
    x[i] = (x[i] as number) * (i / edge);
    x[n - 1 - i] = (x[n - 1 - i] as number) * (i / edge);
  }
  return setLevel(x, levelDb);
}

/**
 * `words` words of `perWord` syllables at `rate`, separated by `pauseSec` of silence, each word at
 * `levelDb` dBFS mean square: the floor sees the quiet between words, as in real speech.
 */
export function words(
  count: number,
  perWord: number,
  rate: number,
  { levelDb = -26, pauseSec = 0.15, seed = 1 } = {},
): Float32Array {
  const parts: [number, Float32Array][] = [];
  let t = 0;
  for (let w = 0; w < count; w++) {
    const word = syllables(perWord, rate, { levelDb, seed: seed + w });
    parts.push([t, word]);
    t += word.length / SR + pauseSec;
  }
  return timeline(t - pauseSec, parts);
}

export function tone(freq: number, amplitude: number, seconds: number): Float32Array {
  const x = new Float32Array(Math.round(seconds * SR));
  for (let i = 0; i < x.length; i++) x[i] = amplitude * Math.sin((2 * Math.PI * freq * i) / SR);
  return x;
}

/** Uniform white noise at `db` dBFS mean square. */
export function noise(seconds: number, db: number, seed = 7): Float32Array {
  const random = rng(seed);
  const g = Math.sqrt(3 * Math.pow(10, db / 10));
  const x = new Float32Array(Math.round(seconds * SR));
  for (let i = 0; i < x.length; i++) x[i] = (random() * 2 - 1) * g;
  return x;
}

/** A `seconds`-long timeline with each signal added at its start time (s). */
export function timeline(seconds: number, parts: [number, Float32Array][]): Float32Array {
  const x = new Float32Array(Math.round(seconds * SR));
  for (const [at, part] of parts) {
    const o = Math.round(at * SR);
    for (let i = 0; i < part.length && o + i < x.length; i++)
      x[o + i] = (x[o + i] as number) + (part[i] as number);
  }
  return x;
}

/**
 * Feeds the channels in `chunk`-sample pieces, interleaved as an AudioWorklet would;
 * `tick` runs after each chunk with the time at its end (s).
 */
export function feed(
  analyzer: VoiceAnalyzer,
  channels: Partial<Record<VoiceChannel, Float32Array>>,
  { chunk = 128, tick }: { chunk?: number; tick?: (timeSec: number) => void } = {},
): void {
  const n = Math.max(channels.agent?.length ?? 0, channels.customer?.length ?? 0);
  for (let at = 0; at < n; at += chunk) {
    for (const side of ['agent', 'customer'] as const) {
      const x = channels[side];
      if (x && at < x.length) analyzer.push(side, x.subarray(at, at + chunk));
    }
    tick?.(Math.min(n, at + chunk) / SR);
  }
}
