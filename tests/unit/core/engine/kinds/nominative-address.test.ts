import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule(
  { kind: 'nominative-address', greetings: ['labdien'] },
  { replacements: ['{matchVocative}'] },
);

describe('nominative-address kind', () => {
  it.each([
    ['Labdien, Jānis!', ['Jānis']],
    ['Labdien, Jāni!', []],
    ['Labdien, Anna!', []],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });

  it('suggests the vocative of the name typed', () => {
    expect(rule.suggestions('Labdien, Jānis!')).toEqual(['Jāni']);
  });
});
