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
    // Future tense, not the imperative of an s-stem verb.
    ['Rēķinu redzēsiet savā e-pastā.', []],
    ['Vai palīdzēsiet mums?', []],
    ['Atnesiet līgumu uz filiāli.', ['Atnesiet']],
    ['Ienesiet kasti iekšā.', ['Ienesiet']],
    ['Nešķiet, ka tas strādā.', []],
    // An infinitive whose «ē» folding would hide.
    ['Iniciēt savienojumu.', []],
    // A list item is a step to follow.
    ['Kārtība:\n1. Samaksājiet rēķinu.\n- Uzgaidiet minūti.', []],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });

  it('with verbs, flags only those (demands), however many other imperatives there are', () => {
    const demands = oneRule({
      kind: 'imperative',
      verbs: ['samaksājiet', 'uzgaidiet', 'esiet pacietīgi'],
      exempt: ['esiet sveicināti'],
    });
    expect(demands.flagged('Izvēlieties rēķinu un samaksājiet to!')).toEqual(['samaksājiet']);
    expect(demands.flagged('Noklikšķiniet uz ikonas un atveriet sadaļu.')).toEqual([]);
    expect(demands.flagged('Esiet pacietīgi, brigāde ir ceļā.')).toEqual(['Esiet']);
    expect(demands.flagged('Esiet sveicināti!')).toEqual([]);
    expect(demands.flagged('1. Samaksājiet rēķinu.')).toEqual([]);
    expect(demands.flagged('Samaksājiet www.samaksajiet.lv')).toEqual(['Samaksājiet']);
  });

  it('fills the infinitive of the verb into the suggestion', () => {
    expect(rule.suggestions('Samaksājiet rēķinu!')).toEqual(['Vai Jūs varētu samaksāt?']);
  });
});
