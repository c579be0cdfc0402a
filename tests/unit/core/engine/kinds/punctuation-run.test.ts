import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({ kind: 'punctuation-run', minMarks: 2 });

describe('punctuation-run kind', () => {
  it.each([
    ['Paldies!', []],
    ['Paldies!!', ['!!']],
    ['Kāpēc?!', ['?!']],
    ['Nu!!!', ['!!!']],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });
});
