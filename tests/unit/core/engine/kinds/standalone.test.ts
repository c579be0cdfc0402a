import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({ kind: 'standalone', phrases: ['nē', 'nevar?'] });

describe('standalone kind', () => {
  it.each([
    ['Nē!', ['Nē!']],
    ['Nē, diemžēl šodien nav, bet rīt būs.', []],
    ['Tas ir labi, nē?', []],
    ['Nevar?', ['Nevar?']],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });
});
