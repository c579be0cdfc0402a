import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const any = oneRule({
  kind: 'cooccurrence',
  first: ['nevaram'],
  second: ['izdarīt'],
  window: 2,
  standalone: ['nevar'],
});
const ordered = oneRule({
  kind: 'cooccurrence',
  first: ['nevaram'],
  second: ['izdarīt'],
  window: 2,
  order: 'ordered',
});

describe('cooccurrence kind', () => {
  it.each([
    ['Mēs to nevaram izdarīt.', ['nevaram izdarīt']],
    ['Izdarīt to mēs nevaram.', ['Izdarīt to mēs nevaram']],
    ['Nevaram šodien diemžēl to izdarīt.', []],
    ['Nevar.', ['Nevar.']],
  ])('any order: %s', (text, expected) => {
    expect(any.flagged(text)).toEqual(expected);
  });
  it.each([
    ['Mēs to nevaram izdarīt.', ['nevaram izdarīt']],
    ['Izdarīt to mēs nevaram.', []],
  ])('ordered: %s', (text, expected) => {
    expect(ordered.flagged(text)).toEqual(expected);
  });
});
