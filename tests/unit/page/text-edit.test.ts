import { describe, expect, it } from 'vitest';
import { editedText, spanAfterEdit, textEdit } from '../../../lib/page/text-edit';

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
