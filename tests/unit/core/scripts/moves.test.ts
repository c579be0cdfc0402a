import { describe, expect, it } from 'vitest';
import type { ScriptProgress } from '../../../../lib/core/model/script';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { missingBeforeClosing } from '../../../../lib/core/scripts/gate';
import { missingRequired } from '../../../../lib/core/scripts/missing';
import { applyMove, type ScriptMove } from '../../../../lib/core/scripts/moves';
import { answer, next, start } from '../../../../lib/core/scripts/navigate';
import { sampleScript } from './fixtures';

const c = compileScript(sampleScript());

function run(p: ScriptProgress, ...moves: ScriptMove[]): ScriptProgress {
  return moves.reduce((q, move, i) => {
    const r = applyMove(c, q, move, 100 + i);
    if (!r.ok) throw new Error(r.error.en);
    return r.progress;
  }, p);
}

describe('script moves', () => {
  it('are the navigation functions, one serialisable move each', () => {
    const p = start(c, 1);
    expect(run(p, { kind: 'next' })).toEqual(next(c, p, 100));
    const ask = run(p, { kind: 'next' }, { kind: 'next' });
    expect(run(ask, { kind: 'answer', answer: 'later' })).toEqual(answer(c, ask, 'later', 100));
    const back = run(ask, { kind: 'back' });
    expect(back.current).toBe('recording');
    expect(run(back, { kind: 'forward' }).current).toBe('ask');
    expect(run(ask, { kind: 'goto', step: 'greet' }).current).toBe('greet');
  });

  it('opens an objection card and returns to the step, or moves on to its step', () => {
    const ask = run(start(c, 1), { kind: 'next' }, { kind: 'next' });
    const open = run(ask, { kind: 'objection', card: 'expensive' });
    expect(open.objections.map((o) => [o.card, o.closedAt])).toEqual([['expensive', null]]);
    expect(run(open, { kind: 'return' }).current).toBe('ask');
    const noTime = run(ask, { kind: 'objection', card: 'no-time' }, { kind: 'return' });
    expect(noTime.current).toBe('callback');
  });

  it('refuses a bad capture with the reason and keeps the progress', () => {
    const p = run(start(c, Date.UTC(2030, 0, 10)), { kind: 'next' }, { kind: 'next' });
    const r = applyMove(c, p, { kind: 'capture', field: 'callbackDate', value: '31.02.2030' }, 5);
    expect(r).toEqual({
      ok: false,
      error: {
        lv: '«Atzvana datums»: tāda datuma nav: 31.02.2030.',
        en: '"Call-back date": there is no such date: 31.02.2030.',
      },
    });
    const good = run(p, { kind: 'capture', field: 'callbackDate', value: '15.03.2031' });
    expect(good.captures).toEqual({ callbackDate: '2031-03-15' });
  });

  it('ticks a step by hand and takes the tick back; a typed mark stays', () => {
    const p = start(c, 1);
    const ticked = run(p, { kind: 'said', step: 'recording', how: 'ticked' });
    expect(ticked.said.recording?.how).toBe('ticked');
    expect(run(ticked, { kind: 'unsaid', step: 'recording' }).said).toEqual({});
    const inserted = run(p, { kind: 'said', step: 'recording', how: 'inserted' });
    expect(run(inserted, { kind: 'unsaid', step: 'recording' })).toBe(inserted);
  });

  it('ending at an outcome counts the last step as said, and the note can be closed', () => {
    let p = run(start(c, 1), { kind: 'next' }, { kind: 'next' }, { kind: 'answer', answer: 'no' });
    expect(p.current).toBe('bye');
    expect(applyMove(c, p, { kind: 'finish', outcome: 'nothing' }, 9).ok).toBe(false);
    p = run(p, { kind: 'finish', outcome: 'refused' });
    expect(p.outcome?.id).toBe('refused');
    expect(missingRequired(c, p).map((m) => m.step)).toEqual(['recording', 'contract']);
    expect(run(p, { kind: 'dismiss-note' }).noteDismissed).toBe(true);
  });
});

describe('not said yet, before the closing', () => {
  it('lists what is unsaid when a move enters the closing, compliance first', () => {
    const ask = run(start(c, 1), { kind: 'next' }, { kind: 'next' });
    const bye = run(ask, { kind: 'answer', answer: 'no' });
    expect(missingBeforeClosing(c, ask, bye).map((m) => [m.step, m.compliance])).toEqual([
      ['recording', true],
      ['contract', false],
    ]);
    const said = run(ask, { kind: 'said', step: 'recording', how: 'ticked' });
    expect(
      missingBeforeClosing(c, said, run(said, { kind: 'answer', answer: 'no' })).map((m) => m.step),
    ).toEqual(['contract']);
  });

  it('says nothing for a move that stays out of the closing or is already in it', () => {
    const ask = run(start(c, 1), { kind: 'next' }, { kind: 'next' });
    expect(missingBeforeClosing(c, ask, run(ask, { kind: 'answer', answer: 'yes' }))).toEqual([]);
    const bye = run(ask, { kind: 'answer', answer: 'no' });
    expect(missingBeforeClosing(c, bye, bye)).toEqual([]);
  });
});
