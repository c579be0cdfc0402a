import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({
  kind: 'time-greeting',
  greetings: [
    { phrases: ['labrīt'], from: '04:00', until: '11:59' },
    { phrases: ['labvakar'], from: '16:00', until: '03:59' },
  ],
});

describe('time-greeting kind', () => {
  it.each([
    ['Labrīt!', '09:00', []],
    ['Labrīt!', '15:00', ['Labrīt']],
    ['Labvakar!', '23:30', []],
    ['Labvakar!', '02:00', []],
    ['Labvakar!', '10:00', ['Labvakar']],
  ])('%s at %s', (text, time, expected) => {
    expect(rule.flagged(text, { time })).toEqual(expected);
  });

  it('needs a clock', () => {
    expect(rule.flagged('Labrīt!')).toEqual([]);
  });
});
