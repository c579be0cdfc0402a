import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule(
  { kind: 'imperative', exempt: ['atvainojiet'] },
  { replacements: ['Vai Jūs varētu {verbInfinitive}?'] },
);

describe('imperative kind', () => {
  it.each([
    ['Samaksājiet rēķinu!', ['Samaksājiet']],
    ['Atvainojiet par gaidīšanu.', []],
    ['Jūs saņemsiet rēķinu rīt.', []],
    ['Mazliet jāpagaida.', []],
    ['Lasiet līgumu.', ['Lasiet']],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });

  it('fills the infinitive of the verb into the suggestion', () => {
    expect(rule.suggestions('Samaksājiet rēķinu!')).toEqual(['Vai Jūs varētu samaksāt?']);
  });
});
