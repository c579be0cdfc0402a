import { describe, expect, it } from 'vitest';
import { advancedPhase } from '../../../../lib/core/calls/phase-advance';
import type { PhaseMark } from '../../../../lib/core/model/call';
import { CHECKLISTS, tick } from './fixtures';

const opening: PhaseMark[] = [{ phase: 'opening', at: 100 }];

describe('phase auto-advance', () => {
  it('stays in the opening until every detectable opening item is ticked', () => {
    const base = { phases: opening, checklists: CHECKLISTS, repeatCall: false };
    expect(advancedPhase({ ...base, ticks: [] })).toBeNull();
    expect(advancedPhase({ ...base, ticks: [tick('greet', 'opening', 200)] })).toBeNull();
    const all = ['greet', 'name', 'company'].map((id, i) => tick(id, 'opening', 200 + i));
    expect(advancedPhase({ ...base, ticks: all })).toBe('body');
  });

  it('on a repeat call the repeat checklist opens the call', () => {
    const base = { phases: opening, checklists: CHECKLISTS, repeatCall: true };
    expect(advancedPhase({ ...base, ticks: [tick('again', 'repeatCall', 200)] })).toBe('body');
    const firstCall = ['greet', 'name', 'company'].map((id) => tick(id, 'opening', 200));
    expect(advancedPhase({ ...base, ticks: firstCall })).toBeNull();
  });

  it('goes to closing when a closing item is ticked, from the opening or the body', () => {
    expect(
      advancedPhase({
        phases: opening,
        ticks: [tick('more', 'closing', 300)],
        checklists: CHECKLISTS,
        repeatCall: false,
      }),
    ).toBe('closing');
    expect(
      advancedPhase({
        phases: [...opening, { phase: 'body', at: 200 }],
        ticks: [tick('greet', 'opening', 150), tick('more', 'closing', 300)],
        checklists: CHECKLISTS,
        repeatCall: false,
      }),
    ).toBe('closing');
  });

  it('a body reminder ticked by hand during the opening means the body has begun', () => {
    expect(
      advancedPhase({
        phases: opening,
        ticks: [tick('smile', 'body', 300, false)],
        checklists: CHECKLISTS,
        repeatCall: false,
      }),
    ).toBe('body');
  });

  it('never moves back and ignores ticks older than a manual switch', () => {
    const all = ['greet', 'name', 'company'].map((id) => tick(id, 'opening', 200));
    // The agent went back to the opening by hand after the opening was complete.
    const back: PhaseMark[] = [
      ...opening,
      { phase: 'body', at: 200 },
      { phase: 'opening', at: 400 },
    ];
    expect(
      advancedPhase({ phases: back, ticks: all, checklists: CHECKLISTS, repeatCall: false }),
    ).toBeNull();
    const closing: PhaseMark[] = [{ phase: 'closing', at: 100 }];
    expect(
      advancedPhase({
        phases: closing,
        ticks: [tick('smile', 'body', 300, false)],
        checklists: CHECKLISTS,
        repeatCall: false,
      }),
    ).toBeNull();
  });

  it('does nothing without detectable opening items', () => {
    expect(
      advancedPhase({
        phases: opening,
        ticks: [tick('x', 'opening', 200)],
        checklists: { opening: [{ id: 'x', text: { lv: 'X' } }] },
        repeatCall: false,
      }),
    ).toBeNull();
  });
});
