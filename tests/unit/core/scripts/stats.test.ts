import { describe, expect, it } from 'vitest';
import type { Script, ScriptProgress } from '../../../../lib/core/model/script';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { applyMove, type ScriptMove } from '../../../../lib/core/scripts/moves';
import { start } from '../../../../lib/core/scripts/navigate';
import { scriptStats } from '../../../../lib/core/scripts/stats';

const outbound = BUILTIN_SCRIPTS.find((s) => s.id === 'outbound-offer') as Script;
const c = compileScript(outbound);

/** A call run through the script's own moves, one second apart. */
function call(moves: ScriptMove[]): ScriptProgress {
  let now = 1_000_000;
  let p = start(c, now);
  for (const move of moves) {
    now += 1000;
    const r = applyMove(c, p, move, now);
    if (!r.ok) throw new Error(`${move.kind}: ${r.error.en}`);
    p = r.progress;
  }
  return p;
}

const toTimeCheck: ScriptMove[] = [{ kind: 'next' }, { kind: 'next' }];

describe('per-script statistics', () => {
  const refused = call([
    ...toTimeCheck,
    { kind: 'answer', answer: 'no' },
    { kind: 'next' },
    { kind: 'finish', outcome: 'refused' },
  ]);
  const left = call([...toTimeCheck, { kind: 'answer', answer: 'yes' }]);
  const [stats] = scriptStats([refused, left], [outbound]);

  it('counts calls, completion and outcomes', () => {
    expect(stats).toMatchObject({
      scriptId: 'outbound-offer',
      calls: 2,
      completed: 1,
      outcomes: { refused: 1 },
    });
  });

  it('names the step a call left the script on', () => {
    const exits = Object.fromEntries(stats!.steps.map((s) => [s.step, s.exits]));
    expect(exits.purpose).toBe(1);
    expect(Object.values(exits).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('times each step over its closed visits', () => {
    const intro = stats!.steps.find((s) => s.step === 'intro');
    expect(intro).toMatchObject({ visits: 2, closedVisits: 2, totalMs: 2000 });
  });

  it('counts required steps said: moving on says a plain one, not a compliance one', () => {
    const intro = stats!.steps.find((s) => s.step === 'intro');
    const recording = stats!.steps.find((s) => s.step === 'recording');
    expect(intro?.required).toEqual({ expected: 2, said: 2 });
    // The recording notice was passed by "next" in both calls: not said.
    expect(recording?.required).toEqual({ expected: 2, said: 0 });
    expect(stats!.adherence.said).toBeLessThan(stats!.adherence.expected);
  });

  it('keeps counting a script no longer installed, without adherence', () => {
    const [gone] = scriptStats([left], []);
    expect(gone).toMatchObject({ calls: 1, completed: 0, adherence: { expected: 0, said: 0 } });
    expect(gone!.steps.find((s) => s.step === 'purpose')?.exits).toBe(1);
  });
});
