import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({ kind: 'all-caps', minWords: 2, ignore: ['PVN'] });

describe('all-caps kind', () => {
  it.each([
    ['LŪDZU SAMAKSĀJIET TŪLĪT', ['LŪDZU SAMAKSĀJIET TŪLĪT']],
    ['Summa ar PVN ir 10 EUR.', []],
    ['Rēķins SIA LATVIJAS GĀZE vārdā.', []],
    ['Tas ir SVARĪGI.', []],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });
});
