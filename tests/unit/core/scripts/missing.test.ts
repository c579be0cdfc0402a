import { describe, expect, it } from 'vitest';
import type { ScriptProgress } from '../../../../lib/core/model/script';
import { scriptChecklistGroups } from '../../../../lib/core/scripts/checklist';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { missingCaptures, missingRequired } from '../../../../lib/core/scripts/missing';
import { answer, back, next, start } from '../../../../lib/core/scripts/navigate';
import { markSaid } from '../../../../lib/core/scripts/record';
import { sampleScript } from './fixtures';

const c = compileScript(sampleScript());
const ids = (p: ScriptProgress) => missingRequired(c, p).map((m) => m.step);

describe('said marks', () => {
  it('moving on with next or an answer marks a step; back does not', () => {
    const p = answer(c, next(c, next(c, start(c, 1), 2), 3), 'yes', 4);
    expect(p.said).toEqual({
      greet: { how: 'moved-on', at: 2 },
      recording: { how: 'moved-on', at: 3 },
      ask: { how: 'moved-on', at: 4 },
    });
    expect(back(c, p, 5).said).toEqual(p.said);
  });

  it('an explicit mark replaces moved-on and is never replaced itself', () => {
    const moved = next(c, start(c, 1), 2);
    const typed = markSaid(c, moved, 'greet', 'typed', 3);
    expect(typed.said.greet).toEqual({ how: 'typed', at: 3 });
    expect(markSaid(c, typed, 'greet', 'ticked', 4)).toBe(typed);
    expect(markSaid(c, typed, 'greet', 'moved-on', 4)).toBe(typed);
    expect(markSaid(c, moved, 'greet', 'moved-on', 4)).toBe(moved);
    expect(markSaid(c, moved, 'nowhere', 'ticked', 4)).toBe(moved);
  });

  it('a step not yet reached can be ticked (as a checklist item)', () => {
    const p = markSaid(c, start(c, 1), 'bye', 'inserted', 2);
    expect(p.said.bye).toEqual({ how: 'inserted', at: 2 });
  });
});

describe('missingRequired', () => {
  it('a fresh call misses every required step of its own entry, compliance first', () => {
    expect(missingRequired(c, start(c, 1))).toEqual([
      { step: 'recording', compliance: true, reached: false },
      { step: 'greet', compliance: false, reached: true },
      { step: 'contract', compliance: false, reached: false },
      { step: 'bye', compliance: false, reached: false },
    ]);
  });

  it('a compliance step moved on from is still missing; ticking it ("I said it") counts', () => {
    const p = next(c, next(c, start(c, 1), 2), 3);
    expect(missingRequired(c, p)[0]).toEqual({
      step: 'recording',
      compliance: true,
      reached: true,
    });
    expect(ids(markSaid(c, p, 'recording', 'ticked', 4))).toEqual(['contract', 'bye']);
    expect(ids(markSaid(c, p, 'recording', 'typed', 4))).toEqual(['contract', 'bye']);
    expect(ids(markSaid(c, p, 'recording', 'inserted', 4))).toEqual(['contract', 'bye']);
  });

  it('required steps on a branch never taken are listed as never reached', () => {
    let p = answer(c, next(c, next(c, start(c, 1), 2), 3), 'no', 4);
    p = markSaid(c, p, 'recording', 'typed', 5);
    p = markSaid(c, p, 'bye', 'typed', 6);
    expect(missingRequired(c, p)).toEqual([
      { step: 'contract', compliance: false, reached: false },
    ]);
  });

  it('a repeat call does not miss the first-call greeting, and vice versa', () => {
    const repeat = start(c, 1, { repeatCall: true });
    expect(ids(repeat)).toEqual(['recording', 'greet-again', 'contract', 'bye']);
    expect(ids(start(c, 1))).not.toContain('greet-again');
    expect(ids(start(c, 1))).not.toContain('resume');
  });
});

describe('missingCaptures', () => {
  it('lists required fields left empty on the steps passed', () => {
    const p = answer(c, next(c, next(c, start(c, 1), 2), 3), 'yes', 4);
    expect(missingCaptures(c, p)).toEqual([{ step: 'contract', field: 'contractNumber' }]);
    expect(missingCaptures(c, { ...p, captures: { contractNumber: 'LV-1' } })).toEqual([]);
  });
});

describe('the script as the call checklist', () => {
  it('groups the required steps by phase, ticked when said', () => {
    let p = next(c, next(c, start(c, 1), 2), 3);
    p = markSaid(c, p, 'bye', 'ticked', 4);
    const groups = scriptChecklistGroups(c, p, 'lv', { agentName: 'Anna' });
    expect(groups.map((g) => [g.phase, g.done, g.total])).toEqual([
      ['opening', 1, 2],
      ['body', 0, 1],
      ['closing', 1, 1],
    ]);
    expect(groups[0]?.items).toEqual([
      {
        id: 'greet',
        kind: 'opening',
        text: 'Sveiciens',
        ticked: true,
        auto: true,
        reminder: false,
      },
      {
        id: 'recording',
        kind: 'opening',
        text: 'Ieraksts',
        ticked: false,
        auto: false,
        reminder: false,
      },
    ]);
    expect(groups[2]?.items[0]).toMatchObject({ id: 'bye', ticked: true, auto: false });
    expect(scriptChecklistGroups(c, p, 'en', {})[1]?.items[0]?.text).toBe('Contract');
  });
});
