import { describe, expect, it } from 'vitest';
import type { Script } from '../../../../lib/core/model/script';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { validateScripts } from '../../../../lib/core/scripts/validate';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import {
  addStep,
  copyOf,
  freeId,
  moveStep,
  newCapture,
  newObjection,
  newScript,
  problemsAt,
  removeStep,
  renameStep,
} from '../../../../components/options/sections/scripts/script-draft';

function filled(): Script {
  const s = newScript('mine');
  s.name = { lv: 'Mans' };
  s.steps[0]!.title = { lv: 'Sveiciens' };
  s.steps[0]!.say = ['Labdien! Mans vārds ir {agentName}.'];
  s.steps[0]!.answers = [{ id: 'yes', label: { lv: 'Jā' }, next: 'step-2' }];
  s.steps[1]!.title = { lv: 'Atvadas' };
  s.steps[1]!.say = ['Paldies par sarunu!'];
  return s;
}

describe('the script editor draft', () => {
  it('a new script filled in by the form validates', () => {
    expect(validateScripts([filled()], { at: [] }).ok).toBe(true);
  });

  it.each([
    ['step', ['step-1', 'step-2'], 'step-3'],
    ['step', ['step-2'], 'step-1'],
    ['outcome', [], 'outcome-1'],
  ])('freeId(%s, %j) is %s', (prefix, taken, expected) => {
    expect(freeId(prefix, taken)).toBe(expected);
  });

  it('a new field takes the next free number, field1, field2 …', () => {
    const s = filled();
    expect(newCapture(s).id).toBe('field1');
    s.steps[0]!.captures = [newCapture(s)];
    expect(newCapture(s).id).toBe('field2');
    s.steps[1]!.captures = [{ ...newCapture(s), id: 'field3' }];
    expect(newCapture(s).id).toBe('field2');
  });

  it('renaming a step carries every link to it', () => {
    const renamed = renameStep(filled(), 'step-2', 'bye');
    expect(renamed.steps.map((s) => s.id)).toEqual(['step-1', 'bye']);
    expect(renamed.steps[0]!.next).toBe('bye');
    expect(renamed.steps[0]!.answers?.[0]?.next).toBe('bye');
    expect(validateScripts([renamed], { at: [] }).ok).toBe(true);
    const start = renameStep(filled(), 'step-1', 'hello');
    expect(start.start).toBe('hello');
  });

  it('removing a step removes the links to it and moves the start off it', () => {
    const removed = removeStep(filled(), 0);
    expect(removed.start).toBe('step-2');
    const withThird = addStep(filled());
    const cut = removeStep(withThird, 1);
    expect(cut.steps[0]!.next).toBeUndefined();
    expect(cut.steps[0]!.answers).toEqual([]);
    // The validator then names the step left with no way on.
    expect(validateScripts([cut], { at: [] }).ok).toBe(false);
  });

  it('removing a step also clears the repeat and resume starts and objection returns on it', () => {
    const s = addStep(addStep(filled()));
    s.steps[2]!.title = { lv: 'Atkārtoti' };
    s.steps[2]!.say = ['Labdien vēlreiz!'];
    s.steps[2]!.next = 'step-2';
    s.steps[3]!.title = { lv: 'Atsākot' };
    s.steps[3]!.say = ['Atvainojiet, savienojums pārtrūka.'];
    s.repeatStart = 'step-3';
    s.resumeStart = 'step-4';
    s.objections = [
      { ...newObjection(s), label: { lv: 'Dārgi' }, say: ['Saprotu.'], returnTo: 'step-3' },
    ];
    expect(validateScripts([s], { at: [] }).ok).toBe(true);
    const cut = removeStep(removeStep(s, 3), 2);
    expect(cut.repeatStart).toBeUndefined();
    expect(cut.resumeStart).toBeUndefined();
    expect(cut.objections?.[0]).not.toHaveProperty('returnTo');
    expect(cut.objections?.[0]?.id).toBe('objection-1');
    expect(validateScripts([cut], { at: [] }).ok).toBe(true);
    // Renamed, the links follow.
    const renamed = renameStep(s, 'step-3', 'again');
    expect([renamed.repeatStart, renamed.objections?.[0]?.returnTo]).toEqual(['again', 'again']);
  });

  it('moving a step changes the order only', () => {
    const moved = moveStep(filled(), 0, 1);
    expect(moved.steps.map((s) => s.id)).toEqual(['step-2', 'step-1']);
    expect(moved.start).toBe('step-1');
    expect(moveStep(filled(), 0, 5)).toEqual(filled());
    expect(compileScript(moved).steps.size).toBe(2);
  });

  it('a copy is personal: a free id, never locked, the original untouched', () => {
    const original = { ...(BUILTIN_SCRIPTS[0] as Script), locked: true };
    const copy = copyOf(original, [original.id, `${original.id}-copy`]);
    expect(copy.id).toBe(`${original.id}-copy-2`);
    expect(copy.locked).toBeUndefined();
    expect(original.locked).toBe(true);
    copy.steps[0]!.say = ['x'];
    expect(original.steps[0]!.say).not.toEqual(['x']);
  });

  it('problemsAt picks a path and what is under it, not its neighbours', () => {
    const problems = [
      { path: 'steps[1]', lv: 'a', en: 'a' },
      { path: 'steps[1].say[0]', lv: 'b', en: 'b' },
      { path: 'steps[10].say[0]', lv: 'c', en: 'c' },
    ];
    expect(problemsAt(problems, 'steps[1]').map((p) => p.lv)).toEqual(['a', 'b']);
  });
});
