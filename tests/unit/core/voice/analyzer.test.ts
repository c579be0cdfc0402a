import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOICE_OPTIONS,
  createVoiceAnalyzer,
  resolveOptions,
  type VoiceSummary,
} from '../../../../lib/core/voice';
import { RollingSum } from '../../../../lib/core/voice/rolling';
import { feed, noise, syllables, timeline } from './signals';

function twoSided(): { agent: Float32Array; customer: Float32Array } {
  return {
    agent: timeline(8, [
      [0, noise(8, -60, 3)],
      [0.5, syllables(12, 5, { f0: 120 })],
      [4, syllables(5, 5, { f0: 120, seed: 4 })],
    ]),
    customer: timeline(8, [
      [0, noise(8, -62, 5)],
      [3.2, syllables(20, 5, { f0: 210, seed: 9 })],
    ]),
  };
}

describe('createVoiceAnalyzer', () => {
  it.each([1, 37, 128, 160, 1000, 16000])(
    'gives the same result whatever the chunk size (%i samples)',
    (chunk) => {
      const run = (size: number): VoiceSummary => {
        const a = createVoiceAnalyzer();
        feed(a, twoSided(), { chunk: size });
        return a.summary();
      };
      expect(run(chunk)).toEqual(run(128));
    },
  );

  it('snapshot and summary are plain finite numbers and flags (JSON-safe)', () => {
    const a = createVoiceAnalyzer();
    const empty = a.snapshot();
    feed(a, twoSided());
    for (const value of [empty, a.snapshot(), a.summary()]) {
      expect(JSON.parse(JSON.stringify(value))).toEqual(value);
      const leaves = Object.values(value).flatMap((v) =>
        typeof v === 'object' && v !== null ? Object.values(v) : [v],
      );
      for (const v of leaves) {
        expect(['number', 'boolean']).toContain(typeof v);
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('runs at 48 kHz (a default AudioContext) with the same readings', () => {
    const up = (x: Float32Array): Float32Array => {
      // Linear interpolation ×3 is enough for a 150 Hz voice.
      const y = new Float32Array(x.length * 3);
      for (let i = 0; i < y.length; i++) {
        const p = i / 3;
        const k = Math.floor(p);
        const f = p - k;
        y[i] = (x[k] ?? 0) * (1 - f) + (x[k + 1] ?? 0) * f;
      }
      return y;
    };
    const speech = timeline(8, [[0.5, syllables(35, 5)]]);
    const a16 = createVoiceAnalyzer();
    feed(a16, { agent: speech });
    const a48 = createVoiceAnalyzer({ sampleRate: 48000 });
    feed(a48, { agent: up(speech) });
    const [s16, s48] = [a16.summary(), a48.summary()];
    expect(s48.durationMs).toBe(8000);
    expect(Math.abs(s48.agentRate - s16.agentRate)).toBeLessThan(0.3);
    expect(Math.abs(s48.agentLevelDb - s16.agentLevelDb)).toBeLessThan(0.5);
    expect(Math.abs(s48.agentTalkMs - s16.agentTalkMs)).toBeLessThan(50);
  });

  it('starts empty', () => {
    const s = createVoiceAnalyzer().snapshot();
    expect(s).toMatchObject({
      elapsedMs: 0,
      agentSpeaking: false,
      agentRate: 0,
      talkShare: 0,
      interruptions: 0,
      agentLevelDb: -120,
    });
    createVoiceAnalyzer().push('agent', new Float32Array(0));
  });
});

describe('options', () => {
  it('fills defaults and keeps overrides', () => {
    const o = resolveOptions({ monologueMs: 30000 });
    expect(o.monologueMs).toBe(30000);
    expect(o.backchannelMaxMs).toBe(DEFAULT_VOICE_OPTIONS.backchannelMaxMs);
    expect(createVoiceAnalyzer({ levelTargetDb: -20 }).options.levelTargetDb).toBe(-20);
    expect(Object.isFrozen(DEFAULT_VOICE_OPTIONS)).toBe(true);
  });

  it.each([
    [{ sampleRate: 0 }],
    [{ sampleRate: 8000, bandHighHz: 4000 }],
    [{ bandLowHz: 2000, bandHighHz: 1000 }],
    [{ vadOnDb: 3, vadOffDb: 6 }],
    [{ frameMs: 0 }],
  ])('rejects %j', (bad) => {
    expect(() => createVoiceAnalyzer(bad)).toThrow(RangeError);
  });
});

describe('RollingSum', () => {
  it('sums the last n values and stays exact over many laps', () => {
    const r = new RollingSum(4);
    for (let i = 1; i <= 10; i++) r.push(i);
    expect(r.count).toBe(4);
    expect(r.sum).toBe(7 + 8 + 9 + 10);
    r.addToLast(5);
    expect(r.sum).toBe(7 + 8 + 9 + 15);
    for (let i = 0; i < 100000; i++) r.push(0.1);
    expect(r.sum).toBeCloseTo(0.4, 12);
  });
});
