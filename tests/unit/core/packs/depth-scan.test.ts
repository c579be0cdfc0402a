import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstTooDeep } from '../../../../lib/core/packs/depth-scan';

/** The depth JSON.parse would build: the deepest container of the parsed value. */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('the depth scan before JSON.parse', () => {
  it('agrees with the parsed value on random JSON, brackets inside strings included', () => {
    const text = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a') });
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 8 }),
        fc.integer({ min: 0, max: 9 }),
        text,
        (v, max, s) => {
          const json = JSON.stringify([v, s]);
          expect(firstTooDeep(json, max) >= 0).toBe(depthOf([v, s]) > max);
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('points at the first bracket too deep', () => {
    expect(firstTooDeep('{"a":[[1]]}', 2)).toBe(6);
    expect(firstTooDeep('{"a":"[[[[["}', 1)).toBe(-1);
    expect(firstTooDeep('["\\"[[["]', 1)).toBe(-1);
  });
});
