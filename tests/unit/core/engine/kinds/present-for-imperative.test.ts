import { describe, expect, it } from 'vitest';
import { imperativeFor } from '../../../../../lib/core/engine/kinds/present-for-imperative';
import { oneRule } from './one-rule';

const rule = oneRule(
  { kind: 'present-for-imperative', after: ['lūdzu', 'lūgums'] },
  { replacements: ['{imperative}'], guards: { exclude: ['varat', 'esat'] } },
);

describe('present-for-imperative kind', () => {
  it.each([
    ['Lūdzu, izvēlaties tarifu sarakstā.', ['izvēlaties']],
    ['lūdzu, uzgaidat, savienoju ar nodaļu', ['uzgaidat']],
    ['Lūgums, iesniedzat izziņu līdz ceturtdienai.', ['iesniedzat']],
    ['Lūdzu, izvēlieties tarifu.', []],
    ['Jūs izvēlaties tarifu.', []],
    ['Lūdzu, varat zvanīt jebkurā laikā.', []],
    // Typed without diacritics, «-at» may be the infinitive «-āt»; «-jat» never is.
    ['ludzu samaksat rekinu', []],
    ['ludzu samaksajat rekinu', ['samaksajat']],
    // …but no «-āt» infinitive has the stem «parbaud»; «-aties» means «-ieties» either way.
    ['ludzu parbaudat, vai marsrutetajs ir ieslegts', ['parbaudat']],
    ['ludzu, sazinaties ar mums', ['sazinaties']],
    ['Lūdzu, izvēlaties.lv', []],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });

  it('suggests the imperative in the case it was written', () => {
    expect(rule.suggestions('Lūdzu, izvēlaties tarifu.')).toEqual(['izvēlieties']);
    expect(rule.suggestions('LŪDZU, IEVADAT KODU')).toEqual(['IEVADIET']);
  });

  it.each([
    ['sazinaties', true, 'sazinieties'],
    // With «ā» it is the infinitive (or a present tense that is its twin): no misspelling.
    ['sazināties', true, null],
    ['ierodaties', true, 'ierodieties'],
    ['samaksājat', true, 'samaksājiet'],
    ['rakstiet', true, null],
    ['pat', true, null],
  ])('imperativeFor(%s)', (word, diacritics, expected) => {
    expect(imperativeFor(word, diacritics)).toBe(expected);
  });
});
