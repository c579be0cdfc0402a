import { describe, expect, it } from 'vitest';
import {
  editedText,
  newlyShown,
  touchesEdit,
  spanAfterEdit,
  textEdit,
} from '../../../../lib/core/engine/edit-spans';

describe('the edit between two checks of a field', () => {
  it.each([
    ['', 'Labdien!', 'Labdien!'],
    ['Labdien!', 'Labdien! Visu labu!', ' Visu labu!'],
    ['Sveiki. Paldies.', 'Sveiki. Labdien! Paldies.', 'Labdien! '],
    ['Labdien!', 'Labdien!', ''],
    ['Es nezinu.', '', ''],
    ['aaa', 'aaaa', 'a'],
    ['Es nezinu, ko darīt.', 'Es noskaidrošu, ko darīt.', 'oskaidroš'],
  ])('%j → %j: the new text in the edited part is %j', (before, after, changed) => {
    expect(editedText(textEdit(before, after), after)).toBe(changed);
  });

  const before = 'Es nezinu. Mēs to nevaram izdarīt. Hallo!';
  const after = 'Es nezinu. Labdien! Mēs to nevaram izdarīt. Hallo!';
  const edit = textEdit(before, after);

  it.each([
    ['a span before the edit stays', 0, 9, 0],
    ['a span ending where the insertion starts stays', 3, 11, 3],
    ['a span after the edit moves by its length', 11, 33, 20],
    ['the last span moves too', 35, 40, 44],
  ])('%s', (_name, start, end, moved) => {
    expect(spanAfterEdit(edit, start, end)).toBe(moved);
  });

  it('a span the edit touched has no place in the new text', () => {
    const replaced = textEdit('Es nezinu, ko darīt.', 'Es noskaidrošu, ko darīt.');
    expect(spanAfterEdit(replaced, 3, 9)).toBeNull();
    expect(spanAfterEdit(replaced, 0, 9)).toBeNull();
    expect(spanAfterEdit(replaced, 10, 19)).toBe(15);
  });
});

describe('findings new after an edit (counted as flagged once)', () => {
  const before = 'Es nezinu. Hallo! Mēs to nevaram izdarīt.';
  const old = [
    { ruleId: 'es-nezinu', start: 0, end: 9 },
    { ruleId: 'greeting-hallo', start: 11, end: 16 },
    { ruleId: 'cannot-do', start: 18, end: 40 },
  ];

  it('typing in the middle shifts the findings after it; none of them is new', () => {
    const after = 'Es nezinu. Labdien, Hallo! Mēs to nevaram izdarīt.';
    const shown = [old[0]!, { ...old[1]!, start: 20, end: 25 }, { ...old[2]!, start: 27, end: 49 }];
    expect(newlyShown(old, textEdit(before, after), shown)).toEqual([]);
  });

  it('a finding that appears where the agent typed is new, once', () => {
    const after = 'Es nezinu. Čau! Hallo! Mēs to nevaram izdarīt.';
    const edit = textEdit(before, after);
    const cau = { ruleId: 'greeting-informal', start: 11, end: 14 };
    const shown = [
      old[0]!,
      cau,
      { ...old[1]!, start: 16, end: 21 },
      { ...old[2]!, start: 23, end: 45 },
    ];
    expect(newlyShown(old, edit, shown)).toEqual([cau]);
    expect(newlyShown(shown, textEdit(after, after), shown)).toEqual([]);
  });

  it('a finding the edit touched is new again', () => {
    const after = 'Es tiešām nezinu. Hallo! Mēs to nevaram izdarīt.';
    const shown = [{ ruleId: 'es-nezinu', start: 0, end: 16 }];
    expect(newlyShown(old, textEdit(before, after), shown)).toEqual(shown);
  });

  it.each([
    ['a phrase the last keystroke completed', 'Es nezin', 'Es nezinu', 0, 9, true],
    ['a phrase a space after it completed', 'Hallo', 'Hallo ', 0, 5, true],
    ['a finding far before the typing', 'Samaksājiet! Labi', 'Samaksājiet! Labi.', 0, 11, false],
    ['a finding after the typing', 'Labi Samaksājiet!', 'Labi, Samaksājiet!', 6, 17, false],
  ])('touchesEdit: %s → %s', (_, old, next, start, end, expected) => {
    expect(touchesEdit(textEdit(old, next), start, end)).toBe(expected);
  });
});
