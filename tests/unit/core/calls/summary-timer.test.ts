import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  phaseDurations,
  phaseElapsed,
} from '../../../../lib/core/calls/call-timer';
import { agoParts, repeatSummary } from '../../../../lib/core/calls/repeat-summary';
import { callRecord } from './fixtures';

describe('call timer', () => {
  it('formats m:ss and h:mm:ss, never negative', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5_999)).toBe('0:05');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-50)).toBe('0:00');
  });

  it('sums time per phase in phase order, counting a revisited phase twice', () => {
    const phases = [
      { phase: 'opening' as const, at: 0 },
      { phase: 'body' as const, at: 30_000 },
      { phase: 'opening' as const, at: 90_000 },
      { phase: 'closing' as const, at: 100_000 },
    ];
    expect(phaseDurations(phases, 130_000)).toEqual([
      { phase: 'opening', ms: 40_000 },
      { phase: 'body', ms: 60_000 },
      { phase: 'closing', ms: 30_000 },
    ]);
    expect(phaseElapsed(phases, 130_000)).toBe(30_000);
    expect(phaseElapsed([], 10)).toBe(0);
  });
});

describe('repeat-call summary', () => {
  it('says when the previous call was, how long, and how it ended', () => {
    const previous = callRecord({
      startedAt: 1_000,
      endedAt: 61_000,
      outcome: 'dropped',
      dropped: true,
      startedByAgent: true,
    });
    expect(repeatSummary(previous)).toEqual({
      startedAt: 1_000,
      endedAt: 61_000,
      outcome: 'dropped',
      durationMs: 60_000,
      dropped: true,
      startedByAgent: true,
    });
    expect(repeatSummary(callRecord()).durationMs).toBeNull();
  });

  it('tells the age in minutes, hours or days', () => {
    const minute = 60_000;
    expect(agoParts(0, 5 * minute)).toEqual({ unit: 'minutes', value: 5 });
    expect(agoParts(0, 3 * 60 * minute)).toEqual({ unit: 'hours', value: 3 });
    expect(agoParts(0, 72 * 60 * minute)).toEqual({ unit: 'days', value: 3 });
    expect(agoParts(10, 0)).toEqual({ unit: 'now', value: 0 });
    expect(agoParts(0, 59_000)).toEqual({ unit: 'now', value: 0 });
  });
});
