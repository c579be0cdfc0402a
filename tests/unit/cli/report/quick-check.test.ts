import { describe, expect, it } from 'vitest';
import { QuickCheck } from '../../../../cli/report/quick-check';
import { parseActivity } from '../../../../lib/core/report/activity';
import { generateActivity, seeded } from '../../../fixtures/activity';
import { mutate } from './mutations';

describe('the report’s quick check', () => {
  it('accepts only what parseActivity accepts, with the same fields (3,000 random mutations)', () => {
    const quick = new QuickCheck();
    const random = seeded(4242);
    let accepted = 0;
    let deferred = 0;
    for (let i = 0; i < 3_000; i++) {
      const text = mutate(random, i);
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        continue;
      }
      const verdict = parseActivity(text);
      if (quick.accepts(doc)) {
        accepted++;
        expect(verdict.ok, text.slice(0, 300)).toBe(true);
        if (verdict.ok) expect(doc).toEqual(verdict.activity);
      } else if (verdict.ok) deferred++;
    }
    expect(accepted).toBeGreaterThan(300);
    // Valid files it is not sure of (keys the validator's walk skips) go to parseActivity.
    expect(deferred).toBeLessThan(accepted / 5);
  });

  it('takes a valid export at once and refuses each kind of damage', () => {
    const quick = new QuickCheck();
    const doc = generateActivity({ agentId: 'a-1', day: '2026-03-02', random: seeded(5) });
    const copy = () => JSON.parse(JSON.stringify(doc)) as Record<string, unknown> & typeof doc;
    expect(quick.accepts(copy())).toBe(true);
    const damaged: [string, (d: ReturnType<typeof copy>) => void][] = [
      ['unknown field', (d) => Object.assign(d, { note: 'Klients teica…' })],
      ['missing field', (d) => delete (d as Partial<typeof doc>).day],
      ['text for a count', (d) => Object.assign(d.calls, { count: '3' })],
      ['a fraction', (d) => Object.assign(d.calls, { totalMs: 1.5 })],
      ['over the bound', (d) => Object.assign(d.calls, { count: 1_000_001 })],
      ['a bad id', (d) => Object.assign(d, { agentId: '<script>' })],
      ['a row twice', (d) => d.rules.push({ ...(d.rules[0] as (typeof d.rules)[0]) })],
      ['a bad date', (d) => Object.assign(d, { day: '2026-02-30' })],
      ['an outcome of text', (d) => Object.assign(d.calls.outcomes, { sold: 'daudz' })],
    ];
    for (const [what, damage] of damaged) {
      const d = copy();
      damage(d);
      expect(quick.accepts(d), what).toBe(false);
      expect(parseActivity(JSON.stringify(d)).ok, what).toBe(false);
    }
  });
});
