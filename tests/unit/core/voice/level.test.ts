import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer } from '../../../../lib/core/voice';
import { FrameAnalyser } from '../../../../lib/core/voice/frame-analyser';
import { SR, feed, syllables, timeline, tone, words } from './signals';

describe('frame level', () => {
  it.each([
    [1, 1000],
    [0.5, 1000],
    [0.1, 440],
    [0.01, 1000],
  ])('a sine of amplitude %f at %i Hz reads 20·log10(A/√2) dBFS ± 0.5 dB', (amplitude, freq) => {
    const dbs: number[] = [];
    const peaks: number[] = [];
    const fa = new FrameAnalyser(SR, 10, 300, 1500, 0.99, 2, (s) => {
      dbs.push(10 * Math.log10(s.power));
      peaks.push(s.peak);
    });
    const x = tone(freq, amplitude, 0.5);
    for (let at = 0; at < x.length; at += 128) fa.push(x.subarray(at, at + 128));
    expect(dbs.length).toBe(50);
    const expected = 20 * Math.log10(amplitude / Math.SQRT2);
    for (const db of dbs.slice(1)) expect(Math.abs(db - expected)).toBeLessThan(0.5);
    expect(Math.max(...peaks)).toBeCloseTo(amplitude, 2);
  });

  it.each([
    [0.5, -9.03],
    [0.1, -23.01],
    [0.01, -43.01],
  ])('the analyser reports a 1 kHz tone of amplitude %f as %f dBFS ± 0.5 dB', (amplitude, db) => {
    const a = createVoiceAnalyzer();
    // Silence first, so the tone starts above the noise floor and counts as sound.
    feed(a, { agent: timeline(2, [[0.5, tone(1000, amplitude, 1.2)]]) });
    const s = a.summary();
    expect(Math.abs(s.agentLevelDb - db)).toBeLessThan(0.5);
    const b = createVoiceAnalyzer();
    let input = 0;
    feed(
      b,
      { agent: timeline(2, [[0.5, tone(1000, amplitude, 1.2)]]) },
      {
        tick: (t) => {
          if (Math.abs(t - 1.5) < 0.005) input = b.snapshot().agentInputDb;
        },
      },
    );
    expect(Math.abs(input - db)).toBeLessThan(0.5);
  });
});

describe('clipping', () => {
  const clamp = (x: Float32Array): Float32Array => x.map((v) => Math.max(-1, Math.min(1, v)));
  it.each([
    ['a sine at 2× full scale, hard-clipped', true, clamp(tone(200, 2, 2))],
    ['speech-like sound at −4 dBFS, hard-clipped', true, clamp(syllables(10, 5, { levelDb: -4 }))],
    ['a sine at 0.9 of full scale', false, tone(200, 0.9, 2)],
    ['speech-like sound at −14 dBFS', false, syllables(10, 5, { levelDb: -14 })],
  ])('%s → clipping alarm %s', (_name, expected, x) => {
    const a = createVoiceAnalyzer();
    feed(a, { agent: timeline(3, [[0.5, x]]) });
    const s = a.summary();
    expect(s.clipEvents > 0).toBe(expected);
    expect(s.clippingMs > 0).toBe(expected);
  });

  it('one full-scale sample is not clipping, and the alarm clears after the window', () => {
    const x = syllables(10, 5, { levelDb: -20 });
    x[8000] = 1;
    const a = createVoiceAnalyzer();
    feed(a, { agent: timeline(3, [[0.5, x]]) });
    expect(a.summary().clipEvents).toBe(0);

    const b = createVoiceAnalyzer();
    const clipped = tone(200, 2, 1).map((v) => Math.max(-1, Math.min(1, v)));
    const states: [number, boolean][] = [];
    feed(
      b,
      { agent: timeline(9, [[0.5, clipped]]) },
      {
        tick: (t) => states.push([t, b.snapshot().alarms.clipping]),
      },
    );
    expect(states.some(([t, on]) => on && t < 1.6)).toBe(true);
    // clipWindowMs = 5 s after the last clip event at 1.5 s.
    expect(states.filter(([t]) => t > 7).every(([, on]) => !on)).toBe(true);
  });
});

describe('level alarms (target −26 dBFS ± 10 dB)', () => {
  it.each([
    [-12, { tooQuiet: true, tooLoud: false }],
    [-8, { tooQuiet: false, tooLoud: false }],
    [0, { tooQuiet: false, tooLoud: false }],
    [6, { tooQuiet: false, tooLoud: false }],
    [12, { tooQuiet: false, tooLoud: true }],
  ])('speech %i dB off target', (offset, expected) => {
    const a = createVoiceAnalyzer();
    feed(a, { agent: timeline(7, [[0.5, words(6, 4, 5, { levelDb: -26 + offset })]]) });
    const snap = a.snapshot();
    // The active speech level: within 0.5 dB of the words' own level.
    expect(Math.abs(snap.agentLevelDb - (-26 + offset))).toBeLessThan(0.5);
    expect({ tooQuiet: snap.alarms.tooQuiet, tooLoud: snap.alarms.tooLoud }).toEqual(expected);
    const s = a.summary();
    expect(s.tooQuietMs > 0).toBe(expected.tooQuiet);
    expect(s.tooLoudMs > 0).toBe(expected.tooLoud);
    expect(s.clipEvents).toBe(0);
  });

  it('has hysteresis: on beyond 10 dB, held until back within 8 dB', () => {
    const a = createVoiceAnalyzer();
    const states: [number, boolean][] = [];
    const x = timeline(27, [
      [0.5, words(8, 4, 5, { levelDb: -36.5 })],
      [9.5, words(8, 4, 5, { levelDb: -34.5, seed: 20 })],
      [18.5, words(8, 4, 5, { levelDb: -32.5, seed: 40 })],
    ]);
    feed(a, { agent: x }, { tick: (t) => states.push([t, a.snapshot().alarms.tooQuiet]) });
    const at = (s: number): boolean => (states.find(([t]) => t >= s) as [number, boolean])[1];
    expect(at(8)).toBe(true); // 10.5 dB below: on
    expect(at(17)).toBe(true); // 8.5 dB below: still on
    expect(at(26)).toBe(false); // 6.5 dB below: off
  });

  it('follows the option: with target −14 dBFS, −26 dBFS speech is too quiet', () => {
    const a = createVoiceAnalyzer({ levelTargetDb: -14 });
    feed(a, { agent: timeline(6, [[0.5, syllables(25, 5, { levelDb: -26 })]]) });
    expect(a.snapshot().alarms.tooQuiet).toBe(true);
  });
});
