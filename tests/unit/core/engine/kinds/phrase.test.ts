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
