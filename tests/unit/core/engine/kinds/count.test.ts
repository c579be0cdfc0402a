import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({ kind: 'count', words: ['es'], min: 2, ignoreExactCase: ['ES'] });

describe('count kind', () => {
  it.each([
    ['Es pārbaudīšu.', []],
    ['Es pārbaudīšu, un es piezvanīšu.', ['Es', 'es']],
    ['Es pārbaudīšu ES regulu.', []],
    ['ES PĀRBAUDĪŠU ES REGULU', ['ES', 'ES']],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });
});
