import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bigPack } from '../../../../bench/data-workload';
import { backupSchema } from '../../../../lib/data/backup/format';
import { compileFastSchema } from '../../../../lib/core/packs/fast-schema';
import { readDocument } from '../../../../lib/core/packs/prescan';
import { packSchema, ruleSchema } from '../../../../lib/core/packs/schema';
import { mutatedPackArb } from '../../../fixtures/mutations';
import { samplePack } from '../../../fixtures/sample-pack';
import { pack } from './random-pack';

/**
 * The compiled schema may only say yes where valibot says yes, with valibot's very output (same
 * JSON, same key order); and it should say yes to every valid pack, or imports lose its speed.
 */

const fastPack = compileFastSchema(packSchema);
const reusingPack = compileFastSchema(packSchema, { reuse: true });

function agrees(value: unknown): void {
  const slow = v.safeParse(packSchema, value, { abortEarly: false });
  const before = JSON.stringify(value);
  for (const fast of [fastPack(value), reusingPack(value)]) {
    if (!slow.success) {
      if (fast !== null) expect.fail('accepted what valibot rejects');
      continue;
    }
    if (fast === null) expect.fail('gave up on a valid pack');
    expect(JSON.stringify(fast.output)).toBe(JSON.stringify(slow.output));
    expect(fast.output).toEqual(slow.output);
  }
  if (JSON.stringify(value) !== before) expect.fail('changed its input');
}

describe('the compiled pack schema', { timeout: 60_000 }, () => {
  it('agrees with valibot on mutated sample packs', () => {
    let valid = 0;
    fc.assert(
      fc.property(mutatedPackArb, ({ input }) => {
        const read = readDocument(input);
        if (!read.ok) return;
        if (v.is(packSchema, read.value)) valid++;
        agrees(read.value);
      }),
      { numRuns: 3000, seed: 31 },
    );
    expect(valid).toBeGreaterThan(100);
  });

  it('agrees with valibot on random packs and random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(pack, fc.jsonValue({ maxDepth: 4 })), (value) => agrees(value)),
      { numRuns: 1500, seed: 32 },
    );
  });

  it('accepts the sample pack, a 1,000-rule pack and a pack with $schema', () => {
    agrees(samplePack());
    agrees(JSON.parse(JSON.stringify(bigPack(1_000))));
    agrees({ $schema: 'https://example.lv/pack.schema.json', ...samplePack() });
    expect(fastPack(samplePack())).not.toBeNull();
  });

  it('returns fresh objects and arrays, never the input’s', () => {
    const input = samplePack();
    const out = fastPack(input)?.output;
    expect(out).not.toBe(input);
    expect(out?.rules).not.toBe(input.rules);
    expect(out?.rules[0]).not.toBe(input.rules[0]);
    expect(out?.rules[0]?.match).not.toBe(input.rules[0]?.match);
  });

  it('with reuse, returns the input itself where it already is the output', () => {
    const canonical: unknown = JSON.parse(JSON.stringify(v.parse(packSchema, samplePack())));
    expect(reusingPack(canonical)?.output).toBe(canonical);

    // Fields out of the schema's order: that object is rebuilt in order, its parts reused.
    const input = samplePack();
    const first = input.rules[0] as unknown as Record<string, unknown>;
    const { id, ...rest } = first;
    input.rules[0] = { ...rest, id } as unknown as (typeof input.rules)[0];
    const out = reusingPack(input)?.output;
    expect(Object.keys(out?.rules[0] ?? {})[0]).toBe('id');
    expect(out?.rules[0]).not.toBe(input.rules[0]);
    expect(out?.rules[0]?.match).toBe(input.rules[0]?.match);
    expect(out?.rules[1]).toBe(input.rules[1]);
    expect(out?.rules).not.toBe(input.rules);
  });

  it('compiles the rule schema on its own', () => {
    const rule = samplePack().rules[0];
    expect(compileFastSchema(ruleSchema)(rule)?.output).toEqual(v.parse(ruleSchema, rule));
  });

  it('gives up on schema pieces it does not know, so valibot decides', () => {
    expect(compileFastSchema(v.pipe(v.string(), v.trim()))(' a ')).toBeNull();
    expect(compileFastSchema(v.object({ a: v.string() }))({ a: 'x' })).toBeNull();
    expect(compileFastSchema(v.optional(v.string(), 'x'))(undefined)).toBeNull();
    expect(compileFastSchema(v.strictObject({ a: v.optional(v.string(), 'x') }))({})).toBeNull();
    expect(compileFastSchema(v.fallback(v.string(), 'x'))(1)).toBeNull();
    expect(compileFastSchema(v.pipe(v.string(), v.regex(/a/g)))('a')).toBeNull();
    // Backups use nullable fields: not understood, so restore keeps valibot alone.
    expect(compileFastSchema(backupSchema)({})).toBeNull();
  });
});
