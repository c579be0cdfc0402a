import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({ kind: 'phrase', phrases: ['es nezinu', 'ko jums vajag'] });

describe('phrase kind', () => {
  it.each([
    ['Es tiešām nezinu.', []],
    ['Es nezinu.', ['Es nezinu']],
    ['ES NEZINU', ['ES NEZINU']],
    ['es nezinu un ko jums vajag', ['es nezinu', 'ko jums vajag']],
    ['Klients teica: «es nezinu»', []],
    ['esnezinu', []],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });
});

describe('questionOrStart guard', () => {
  const question = oneRule(
    { kind: 'phrase', phrases: ['ko jums vajag'] },
    { guards: { questionOrStart: true } },
  );
  it.each([
    ['Ko jums vajag?', ['Ko jums vajag']],
    ['ko jums vajag', ['ko jums vajag']],
    ['Labdien, ko jums vajag?', ['ko jums vajag']],
    // A relative or reported clause is no rude question.
    ['Viss, ko jums vajag, ir pase.', []],
    ['Noskaidrošu, ko jums vajag pievienot.', []],
  ])('%s', (text, expected) => {
    expect(question.flagged(text)).toEqual(expected);
  });
});
