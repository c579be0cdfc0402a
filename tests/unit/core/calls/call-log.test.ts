import { describe, expect, it } from 'vitest';
import {
  callCompletion,
  callLogEntry,
  filterCallsByName,
} from '../../../../lib/core/calls/call-log';
import { CHECKLISTS, callRecord, tick } from './fixtures';

describe('call log', () => {
  const calls = [
    callRecord({ id: 'a', customerName: 'Jānis Bērziņš' }),
    callRecord({ id: 'b', customerName: 'Ilze Kalniņa' }),
    callRecord({ id: 'c', customerName: null }),
  ];

  it('filters by customer name ignoring case and diacritics, keeping the order', () => {
    expect(filterCallsByName(calls, 'berzins').map((c) => c.id)).toEqual(['a']);
    expect(filterCallsByName(calls, 'KALNIŅA').map((c) => c.id)).toEqual(['b']);
    expect(filterCallsByName(calls, ' ').map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(filterCallsByName(calls, 'zzz')).toEqual([]);
  });

  it('an entry has duration, phases, completion and the counts', () => {
    const call = callRecord({
      startedAt: 0,
      endedAt: 120_000,
      outcome: 'completed',
      phases: [
        { phase: 'opening', at: 0 },
        { phase: 'body', at: 20_000 },
      ],
      ticks: [tick('greet', 'opening', 1), tick('more', 'closing', 2)],
      findings: 3,
      accepted: 1,
    });
    const entry = callLogEntry(call, CHECKLISTS, 999_999);
    expect(entry).toMatchObject({ durationMs: 120_000, open: false });
    expect(entry.phases).toEqual([
      { phase: 'opening', ms: 20_000 },
      { phase: 'body', ms: 100_000 },
    ]);
    expect(entry.completion).toEqual({ done: 2, total: 6 });
  });

  it('an open call runs until now; a repeat call counts its own checklist', () => {
    const open = callLogEntry(callRecord({ startedAt: 0 }), CHECKLISTS, 5_000);
    expect(open).toMatchObject({ durationMs: 5_000, open: true });
    const repeat = callRecord({
      repeatOfCallId: 'x',
      ticks: [tick('again', 'repeatCall', 1), tick('sorry', 'droppedCall', 2)],
    });
    expect(callCompletion(repeat, CHECKLISTS)).toEqual({ done: 2, total: 5 });
  });
});
