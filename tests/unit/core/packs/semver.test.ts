import { describe, expect, it } from 'vitest';
import { compareSemver, isSemver } from '../../../../lib/core/packs/semver';

describe('semver', () => {
  it('orders versions per semver.org', () => {
    const sorted = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 1; i < sorted.length; i++) {
      expect(compareSemver(sorted[i - 1] as string, sorted[i] as string)).toBe(-1);
      expect(compareSemver(sorted[i] as string, sorted[i - 1] as string)).toBe(1);
    }
    expect(compareSemver('1.0.0+build.5', '1.0.0')).toBe(0);
  });

  it('rejects what is not semver', () => {
    for (const bad of ['1', '1.0', '01.0.0', 'v1.0.0', '1.0.0-', ''])
      expect(isSemver(bad)).toBe(false);
  });
});
