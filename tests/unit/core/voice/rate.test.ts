import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer } from '../../../../lib/core/voice';
import { NucleusPicker } from '../../../../lib/core/voice/nuclei';
import { feed, noise, syllables, timeline } from './signals';

describe('speaking rate', () => {
  it.each([
    [3, -70],
    [5, -70],
    [7, -70],
    [3, -50],
    [5, -50],
    [7, -50],
  ])('%i syllables/s over noise at %i dBFS reads within ±10 %', (rate, noiseDb) => {
    const seconds = 8;
    const x = timeline(seconds + 1.5, [
      [0, noise(seconds + 1.5, noiseDb)],
      [0.5, syllables(rate * seconds, rate, { seed: rate })],
    ]);
    const a = createVoiceAnalyzer();
    feed(a, { agent: x });
    const live = a.snapshot().agentRate;
    const whole = a.summary().agentRate;
    expect(Math.abs(live / rate - 1)).toBeLessThan(0.1);
    expect(Math.abs(whole / rate - 1)).toBeLessThan(0.1);
    expect(Math.abs(a.summary().agentSyllables - rate * seconds)).toBeLessThanOrEqual(
      Math.ceil(rate * seconds * 0.1),
    );
  });

  it('tells the rates apart: 3 < 5 < 7 syllables/s, measured in order', () => {
    const measure = (rate: number): number => {
      const a = createVoiceAnalyzer();
      feed(a, { agent: timeline(7, [[0.5, syllables(rate * 6, rate)]]) });
      return a.snapshot().agentRate;
    };
    const [r3, r5, r7] = [measure(3), measure(5), measure(7)];
    expect(r3).toBeLessThan(r5);
    expect(r5).toBeLessThan(r7);
  });

  it('pauses between phrases do not dilute the rate (it is per second of speech)', () => {
    const phrase = syllables(10, 5);
    const a = createVoiceAnalyzer();
    feed(a, {
      agent: timeline(12, [
        [0.5, phrase],
        [4.5, phrase],
        [8.5, phrase],
      ]),
    });
    expect(Math.abs(a.snapshot().agentRate / 5 - 1)).toBeLessThan(0.1);
  });

  it('reads 0 until 1.5 s of speech, and follows a change of tempo within the 8 s window', () => {
    const a = createVoiceAnalyzer();
    const rates: [number, number][] = [];
    const x = timeline(22, [
      [0.5, syllables(30, 3, { seed: 2 })],
      [10.6, syllables(77, 7, { seed: 3 })],
    ]);
    feed(a, { agent: x }, { tick: (t) => rates.push([t, a.snapshot().agentRate]) });
    const at = (s: number): number => (rates.find(([t]) => t >= s) as [number, number])[1];
    expect(at(1.5)).toBe(0);
    expect(at(2.5)).toBeGreaterThan(0);
    expect(Math.abs(at(10) / 3 - 1)).toBeLessThan(0.15);
    // 8 s after the change the window holds only fast speech.
    expect(Math.abs(at(19.5) / 7 - 1)).toBeLessThan(0.15);
  });

  it('steady noise has no syllables', () => {
    const a = createVoiceAnalyzer();
    feed(a, {
      agent: timeline(5, [
        [0, new Float32Array(8000)],
        [0.5, noise(4.5, -30)],
      ]),
    });
    expect(a.summary().agentSyllables).toBeLessThanOrEqual(1);
  });
});

describe('NucleusPicker', () => {
  /** Feeds an envelope (dB per frame); returns the frames of the nuclei. */
  function pick(env: number[], prominence = 3, spacing = 7, below = 20): number[] {
    const p = new NucleusPicker(prominence, spacing, below, 0);
    const out: number[] = [];
    env.forEach((db, i) => {
      if (p.update(i, db, -100)) out.push(p.lastFrame);
    });
    return out;
  }
  const bump = (peak: number, dip: number, n = 10): number[] =>
    Array.from({ length: n }, (_, i) => dip + (peak - dip) * Math.sin((Math.PI * i) / n) ** 2);

  it.each([
    [
      'three syllables with 10 dB dips',
      [-40, ...bump(-20, -30), ...bump(-20, -30), ...bump(-20, -30), -40],
      3,
    ],
    [
      'dips of 2 dB make one syllable',
      [-40, ...bump(-20, -22), ...bump(-20, -22), ...bump(-20, -22), -40],
      1,
    ],
    [
      'a bump 25 dB below the vowel before it is none',
      [-60, ...bump(-20, -50), ...bump(-45, -50), -60],
      1,
    ],
    [
      'peaks 50 ms apart are one syllable',
      [-40, ...bump(-20, -30, 5), ...bump(-20, -30, 5), -40],
      1,
    ],
  ])('%s', (_name, env, count) => {
    expect(pick(env)).toHaveLength(count);
  });

  it('reports the frame of the peak, not of its confirmation', () => {
    expect(pick([-40, ...bump(-20, -30), -40])).toEqual([6]);
  });
});
