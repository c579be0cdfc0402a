import { describe, expect, it } from 'vitest';
import type { ScriptProgress } from '../../../../lib/core/model/script';
import { compileScript } from '../../../../lib/core/scripts/compile';
import {
  answer,
  availableMoves,
  back,
  currentPhase,
  drop,
  forward,
  goTo,
  next,
  start,
} from '../../../../lib/core/scripts/navigate';
import {
  openObjection,
  openObjections,
  returnFromObjection,
} from '../../../../lib/core/scripts/objections';
import { breadcrumb } from '../../../../lib/core/scripts/trail';
import { sampleScript } from './fixtures';

const c = compileScript(sampleScript());

/** Runs moves in order, one millisecond apart, from a first call started at t = 1000. */
function run(...moves: Array<(p: ScriptProgress, now: number) => ScriptProgress>): ScriptProgress {
  let p = start(c, 1000);
  moves.forEach((m, i) => (p = m(p, 1001 + i)));
  return p;
}
const say = (id: string) => (p: ScriptProgress, now: number) => answer(c, p, id, now);
const nx = (p: ScriptProgress, now: number) => next(c, p, now);
const bk = (p: ScriptProgress, now: number) => back(c, p, now);
const fw = (p: ScriptProgress, now: number) => forward(c, p, now);

describe('starting a script', () => {
  it('a first call starts at the start step', () => {
    expect(start(c, 1000)).toEqual({
      scriptId: 'demo',
      startedAt: 1000,
      current: 'greet',
      path: [{ step: 'greet', enteredAt: 1000, leftAt: null, leftBy: null }],
      captures: {},
      said: {},
      objections: [],
      resumeTo: null,
      outcome: null,
      noteDismissed: false,
    });
  });

  it('a repeat call is offered the repeat-call opening step', () => {
    const p = start(c, 1000, { repeatCall: true });
    expect(p.current).toBe('greet-again');
    expect(currentPhase(c, p)).toBe('opening');
    expect(next(c, p, 1001).current).toBe('recording');
  });

  it('without a repeat step a repeat call starts at the start step', () => {
    const s = sampleScript();
    delete s.repeatStart;
    expect(start(compileScript(s), 1000, { repeatCall: true }).current).toBe('greet');
  });
});

describe('moving through the steps', () => {
  it('branches on the answers', () => {
    expect(run(nx, nx, say('yes')).current).toBe('contract');
    expect(run(nx, nx, say('later')).current).toBe('callback');
    expect(run(nx, nx, say('no')).current).toBe('bye');
  });

  it('records every visit with when and how it was left', () => {
    const p = run(nx, nx, say('later'));
    expect(p.path).toEqual([
      { step: 'greet', enteredAt: 1000, leftAt: 1001, leftBy: 'next' },
      { step: 'recording', enteredAt: 1001, leftAt: 1002, leftBy: 'next' },
      { step: 'ask', enteredAt: 1002, leftAt: 1003, leftBy: 'answer', answer: 'later' },
      { step: 'callback', enteredAt: 1003, leftAt: null, leftBy: null },
    ]);
  });

  it('returns the same object for a move that does not apply', () => {
    const p = run(nx, nx);
    expect(answer(c, p, 'maybe', 5000)).toBe(p); // no such answer
    expect(next(c, p, 5000)).toBe(p); // «ask» has no default next
    const first = start(c, 1000);
    expect(back(c, first, 5000)).toBe(first); // nothing behind
    expect(answer(c, first, 'yes', 5000)).toBe(first); // not an answer of «greet»
  });

  it('never changes the progress it was given', () => {
    const p = run(nx, nx);
    const copy = JSON.parse(JSON.stringify(p)) as ScriptProgress;
    answer(c, p, 'yes', 2000);
    back(c, p, 2000);
    openObjection(c, p, 'expensive', 2000);
    expect(p).toEqual(copy);
  });
});

describe('back, forward and the breadcrumb (Alt+←, Alt+→)', () => {
  it('back returns to the previous step of the trail; forward undoes it', () => {
    const p = run(nx, nx, say('yes'), bk);
    expect(p.current).toBe('ask');
    expect(breadcrumb(p)).toEqual(['greet', 'recording', 'ask']);
    const again = forward(c, p, 2000);
    expect(again.current).toBe('contract');
    expect(breadcrumb(again)).toEqual(['greet', 'recording', 'ask', 'contract']);
  });

  it('back twice, forward twice, like a browser', () => {
    const p = run(nx, nx, say('yes'), bk, bk);
    expect(p.current).toBe('recording');
    expect(availableMoves(c, p)).toEqual({ back: true, forward: true, next: true });
    expect(run(nx, nx, say('yes'), bk, bk, fw, fw).current).toBe('contract');
  });

  it('a new answer after back drops the forward history', () => {
    const p = run(nx, nx, say('yes'), bk, say('later'));
    expect(p.current).toBe('callback');
    expect(breadcrumb(p)).toEqual(['greet', 'recording', 'ask', 'callback']);
    expect(availableMoves(c, p).forward).toBe(true); // «callback» has a default next
    expect(forward(c, p, 2000).current).toBe('bye'); // forward falls back to next
  });

  it('forward with nothing undone is next', () => {
    expect(run(fw, fw).current).toBe('ask');
    const p = run(nx, nx);
    expect(forward(c, p, 2000)).toBe(p); // «ask» waits for an answer
  });

  it('goTo jumps back to a breadcrumb entry, and only to one', () => {
    const p = run(nx, nx, say('yes'));
    const q = goTo(c, p, 'greet', 2000);
    expect(q.current).toBe('greet');
    expect(breadcrumb(q)).toEqual(['greet']);
    expect(q.path.at(-2)?.leftBy).toBe('crumb');
    expect(forward(c, q, 2001).current).toBe('recording');
    expect(goTo(c, p, 'callback', 2000)).toBe(p); // not on the trail
    expect(goTo(c, p, 'contract', 2000)).toBe(p); // the current step
    expect(goTo(c, p, 'nowhere', 2000)).toBe(p);
  });
});

describe('objection cards', () => {
  it('open from any step and return to where the agent was', () => {
    const p = run(nx, nx, (q, t) => openObjection(c, q, 'expensive', t));
    expect(p.current).toBe('ask');
    expect(openObjections(p)).toEqual([
      { card: 'expensive', step: 'ask', openedAt: 1003, closedAt: null },
    ]);
    const back = returnFromObjection(c, p, 1010);
    expect(back.current).toBe('ask');
    expect(openObjections(back)).toEqual([]);
    expect(back.objections[0]?.closedAt).toBe(1010);
    expect(back.path).toEqual(p.path);
  });

  it('stack: the card beneath shows again', () => {
    const p = run(
      (q, t) => openObjection(c, q, 'expensive', t),
      (q, t) => openObjection(c, q, 'no-time', t),
    );
    expect(openObjections(p).map((u) => u.card)).toEqual(['expensive', 'no-time']);
    expect(openObjection(c, p, 'no-time', 2000)).toBe(p); // already on top
  });

  it('a card with returnTo moves the call on and closes every open card', () => {
    const p = run(
      nx,
      nx,
      (q, t) => openObjection(c, q, 'expensive', t),
      (q, t) => openObjection(c, q, 'no-time', t),
      (q, t) => returnFromObjection(c, q, t),
    );
    expect(p.current).toBe('callback');
    expect(openObjections(p)).toEqual([]);
    expect(p.path.at(-2)).toEqual({
      step: 'ask',
      enteredAt: 1002,
      leftAt: 1005,
      leftBy: 'objection',
      card: 'no-time',
    });
  });

  it('an answer while a card is open closes it', () => {
    const p = run(nx, nx, (q, t) => openObjection(c, q, 'expensive', t), say('yes'));
    expect(p.current).toBe('contract');
    expect(openObjections(p)).toEqual([]);
  });

  it('unknown cards and returning with none open change nothing', () => {
    const p = run(nx);
    expect(openObjection(c, p, 'nope', 2000)).toBe(p);
    expect(returnFromObjection(c, p, 2000)).toBe(p);
  });
});

describe('a dropped call and its call-back', () => {
  it('continues where it stopped, after the resume step, keeping what was captured', () => {
    let p = run(nx, nx, say('yes'));
    p = { ...p, captures: { contractNumber: 'LV-1' } };
    const dropped = drop(p, 1100);
    expect(dropped.path.at(-1)).toMatchObject({ step: 'contract', leftAt: 1100, leftBy: 'drop' });
    const resumed = start(c, 5000, { resumeFrom: dropped });
    expect(resumed.current).toBe('resume');
    expect(resumed.resumeTo).toBe('contract');
    expect(resumed.captures).toEqual({ contractNumber: 'LV-1' });
    expect(availableMoves(c, resumed).next).toBe(true);
    const back = next(c, resumed, 5001);
    expect(back.current).toBe('contract');
    expect(back.resumeTo).toBeNull();
  });

  it('without a resume step it continues at the stopped step itself', () => {
    const s = sampleScript();
    delete s.resumeStart;
    s.steps = s.steps.filter((st) => st.id !== 'resume');
    const c2 = compileScript(s);
    const p = start(c2, 1000);
    const resumed = start(c2, 5000, { resumeFrom: next(c2, p, 1001) });
    expect(resumed.current).toBe('recording');
    expect(resumed.path.map((v) => v.leftBy)).toEqual(['next', 'drop', null]);
  });

  it('a finished call or another script starts afresh', () => {
    const other = { ...run(nx), scriptId: 'other' };
    expect(start(c, 5000, { resumeFrom: other }).path).toHaveLength(1);
    const ended = { ...run(nx), outcome: { id: 'refused', at: 1500 } };
    expect(start(c, 5000, { resumeFrom: ended }).current).toBe('greet');
  });
});
