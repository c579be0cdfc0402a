import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack, type ValidationResult } from '../../../../lib/core/packs/validate';
import { hostilePackArb } from '../../../fixtures/hostile-packs';
import { mutatedPackArb } from '../../../fixtures/mutations';

function checkOutcome(result: ValidationResult): void {
  if (result.ok) {
    // Accepted packs are clean JSON that validates again to the same pack.
    const again = validatePack(JSON.stringify(result.pack), { runExamples: false });
    expect(again.ok && again.pack).toEqual(result.pack);
  } else {
    // Plain checks: thousands of runs × hundreds of errors would make `expect` the bottleneck.
    const wellFormed = result.errors.every(
      (e) => typeof e.path === 'string' && e.lv.length > 0 && e.en.length > 0,
    );
    if (result.errors.length === 0 || !wellFormed) expect(result.errors).toBe('well-formed errors');
  }
  if ('polluted' in Object.prototype) expect.fail('Object.prototype was polluted');
}

// Generous timeouts: the runs take ~1–3 s alone, more when CI shares the cores.
describe('validatePack under fuzzing', { timeout: 30_000 }, () => {
  it('accepts or rejects thousands of mutated sample packs, never throwing', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutatedPackArb, ({ input }) => {
        const result = validatePack(input);
        if (!result.ok) rejected++;
        checkOutcome(result);
      }),
      { numRuns: 2000, seed: 4242 },
    );
    expect(rejected).toBeGreaterThan(1000);
  });

  it('rejects random JSON values and arbitrary JavaScript values cleanly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything({
            withBigInt: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withDate: true,
          }),
        ),
        (input) => {
          checkOutcome(validatePack(input));
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('rejects random text as JSON without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
        checkOutcome(validatePack(text)),
      ),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('validatePack on the hostile pack classes', { timeout: 60_000 }, () => {
  it('refuses each class with a clear message, never throwing', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(hostilePackArb(), (hostile) => {
        seen.add(hostile.kind);
        const result = validatePack(hostile.text);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.map((e) => e.en).join('\n')).toMatch(hostile.refusal);
        for (const e of result.errors) expect(e.lv.length * e.en.length).toBeGreaterThan(0);
        checkOutcome(result);
      }),
      { numRuns: 60, seed: 31 },
    );
    expect([...seen].sort()).toEqual([
      'characters',
      'depth',
      'detectors',
      'examples',
      'placeholder',
      'words',
    ]);
  });
});
