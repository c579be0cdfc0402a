import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer } from '../../../../lib/core/voice';
import { NoiseFloor } from '../../../../lib/core/voice/noise-floor';
import { VoiceActivity } from '../../../../lib/core/voice/vad';
import { feed, noise, syllables, timeline, tone } from './signals';

/** Times (s) at which snapshot().agentSpeaking changed, checked after every 128-sample chunk. */
function transitions(x: Float32Array, options = {}): number[] {
  const a = createVoiceAnalyzer(options);
  const out: number[] = [];
  let was = false;
  feed(
    a,
    { agent: x },
    {
      tick: (t) => {
        const now = a.snapshot().agentSpeaking;
        if (now !== was) out.push(t);
        was = now;
      },
    },
  );
  return out;
}

describe('voice activity timing', () => {
  it.each([
    ['silence', -200],
    ['quiet room, −70 dBFS', -70],
    ['noisy room, −50 dBFS', -50],
  ])('2 s of speech at 1 s in %s: on within 80 ms, off one hangover (400 ms) after', (_n, db) => {
    const bg = db < -150 ? new Float32Array(0) : noise(4, db);
    const x = timeline(4, [
      [0, bg],
      [1, syllables(10, 5, { levelDb: -26 })],
    ]);
    const t = transitions(x);
    expect(t).toHaveLength(2);
    const [on, off] = t as [number, number];
    expect(on).toBeGreaterThanOrEqual(1);
    expect(on).toBeLessThan(1.08);
    expect(off).toBeGreaterThan(3 + 0.4 - 0.06);
    expect(off).toBeLessThan(3 + 0.4 + 0.06);
  });

  it('talk time is the speech itself: onset back-dated, hangover not counted', () => {
    const a = createVoiceAnalyzer();
    feed(a, { agent: timeline(4, [[1, syllables(10, 5)]]) });
    expect(Math.abs(a.summary().agentTalkMs - 2000)).toBeLessThan(60);
  });

  it('a pause shorter than the hangover does not split speech; a longer one does', () => {
    const word = syllables(5, 5);
    const short = transitions(
      timeline(5, [
        [0.5, word],
        [1.5 + 0.25, word],
      ]),
    );
    expect(short).toHaveLength(2);
    const long = transitions(
      timeline(5, [
        [0.5, word],
        [1.5 + 0.8, word],
      ]),
    );
    expect(long).toHaveLength(4);
  });

  it('a click (10 ms, across two frames) is not speech; 60 ms of sound is', () => {
    const click = timeline(2, [[0.5053, tone(800, 0.5, 0.01)]]);
    expect(transitions(click)).toHaveLength(0);
    const burst = timeline(2, [[0.5053, tone(800, 0.5, 0.06)]]);
    expect(transitions(burst)).toHaveLength(2);
  });

  it('honours its options: a 1 s hangover bridges a 0.8 s pause', () => {
    const word = syllables(5, 5);
    const t = transitions(
      timeline(5, [
        [0.5, word],
        [2.3, word],
      ]),
      { hangoverMs: 1000 },
    );
    expect(t).toHaveLength(2);
  });
});

describe('adaptive noise floor', () => {
  it.each([-70, -55, -40])(
    'white noise at %i dBFS is not speech after the first 0.5 s; speech at −26 dBFS on it is',
    (db) => {
      const x = timeline(9, [
        [0, noise(9, db)],
        [3, syllables(15, 5, { levelDb: -26 })],
      ]);
      const a = createVoiceAnalyzer();
      const states: [number, boolean][] = [];
      feed(a, { agent: x }, { tick: (t) => states.push([t, a.snapshot().agentSpeaking]) });
      const at = (lo: number, hi: number): boolean[] =>
        states.filter(([t]) => t >= lo && t < hi).map(([, s]) => s);
      expect(at(0.5, 3).every((s) => !s)).toBe(true);
      expect(at(3.1, 5.9).every((s) => s)).toBe(true);
      expect(at(6.6, 9).every((s) => !s)).toBe(true);
      // Speech over noise: 3 s of talk, ± a frame or two at each end.
      expect(Math.abs(a.summary().agentTalkMs - 3000)).toBeLessThan(100);
    },
  );

  it('the floor follows the noise level (30 dB apart → ~30 dB apart)', () => {
    const floorAt = (db: number): number => {
      const a = createVoiceAnalyzer();
      feed(a, { agent: noise(3, db) });
      return a.snapshot().agentNoiseDb;
    };
    expect(Math.abs(floorAt(-40) - floorAt(-70) - 30)).toBeLessThan(2);
  });

  it('a fan switching on (+25 dB) stops counting as speech within the 2 s window', () => {
    const x = timeline(10, [
      [0, noise(10, -70)],
      [3, noise(7, -45, 9)],
    ]);
    const a = createVoiceAnalyzer();
    const states: [number, boolean][] = [];
    feed(a, { agent: x }, { tick: (t) => states.push([t, a.snapshot().agentSpeaking]) });
    expect(states.filter(([t]) => t > 3 + 2 + 0.5).every(([, s]) => !s)).toBe(true);
    // …and a steady tone is not speech for ever either.
    const b = createVoiceAnalyzer();
    let last = true;
    feed(
      b,
      { agent: timeline(8, [[0.5, tone(500, 0.1, 7.5)]]) },
      {
        tick: () => (last = b.snapshot().agentSpeaking),
      },
    );
    expect(last).toBe(false);
  });

  it('NoiseFloor: falls fast, rises at the set rate, never below the window minimum', () => {
    const f = new NoiseFloor(0.5, 0.01, 100);
    f.update(-60);
    for (let i = 0; i < 20; i++) f.update(-80);
    expect(f.db).toBeCloseTo(-80, 3);
    // 50 frames at −40: the slow rise gives 0.5 dB, the window still remembers −80.
    for (let i = 0; i < 50; i++) f.update(-40);
    expect(f.db).toBeCloseTo(-79.5, 3);
    // Once −80 has left the 100-frame window, the floor jumps to the window minimum.
    for (let i = 0; i < 150; i++) f.update(-40);
    expect(f.db).toBeCloseTo(-40, 3);
  });

  it('VoiceActivity: onset after onsetFrames above on, end after hangoverFrames below off', () => {
    const v = new VoiceActivity(9, 5, -65, 3, 4, 35, 0);
    const seq = [-60, -40, -40, -40, -40, -52, -60, -60, -60, -60, -60];
    const log = seq.map((db) => {
      v.update(db, -60);
      return `${+v.speaking}${+v.active}${+v.onsetNow}${+v.endedNow}`;
    });
    expect(log).toEqual([
      '0000',
      '0000',
      '0000',
      '1110', // third frame above −51: speech, back-dated two frames
      '1100',
      '1100', // −52 is above the off threshold (−55)
      '1000',
      '1000',
      '1000',
      '0001', // fourth frame below: ended
      '0000',
    ]);
  });
});
