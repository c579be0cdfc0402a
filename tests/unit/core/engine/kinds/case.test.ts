import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({ kind: 'case', expected: ['Jūs', 'Jums'] });

describe('case kind', () => {
  it.each([
    ['Mēs Jums atzvanīsim.', []],
    ['Mēs jums atzvanīsim.', ['jums']],
    ['Jums atzvanīsim.', []],
    ['jūs saņemsiet rēķinu.', ['jūs']],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });
});
