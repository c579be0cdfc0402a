import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../../lib/core/model/pack';
import { PACK_LIMITS } from '../../../../lib/core/packs/limits';
import { exampleCost, phraseWords } from '../../../../lib/core/packs/pack-cost';
import { validatePack } from '../../../../lib/core/packs/validate';
import { samplePack } from '../../../fixtures/sample-pack';

const detector = (i: number): Rule => ({
  id: `d${i}`,
  severity: 'info',
  match:
    i % 3 === 0
      ? { kind: 'all-caps', minWords: 2 }
      : i % 3 === 1
        ? { kind: 'imperative' }
        : { kind: 'punctuation-run', minMarks: 2 },
  reason: { lv: 'x' },
  replacements: [],
});

describe('what a pack may cost', () => {
  it(`refuses more than ${PACK_LIMITS.maxDetectorRules} detector rules, saying why`, () => {
    const pack = samplePack();
    const base = pack.rules.filter((r) =>
      ['all-caps', 'imperative', 'punctuation-run'].includes(r.match.kind),
    ).length;
    const count = PACK_LIMITS.maxDetectorRules - base;
    pack.rules.push(...Array.from({ length: count }, (_, i) => detector(i)));
    expect(validatePack(pack, { runExamples: false }).ok).toBe(true);
    pack.rules.push(detector(count));
    const result = validatePack(pack, { runExamples: false });
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        path: 'rules',
        en: expect.stringContaining(
          `too many rules that scan every sentence (all-caps, imperative, punctuation-run): ${PACK_LIMITS.maxDetectorRules + 1}; at most ${PACK_LIMITS.maxDetectorRules}`,
        ),
        lv: expect.stringContaining('par daudz noteikumu, kas pārbauda katru teikumu'),
      }),
    ]);
  });

  it('refuses phrases with too many words together', () => {
    expect(phraseWords('es, protams, nezinu!')).toBe(3);
    const limits = { ...PACK_LIMITS, maxPhraseWordsTotal: 10 };
    const result = validatePack(samplePack(), { limits, runExamples: false });
    expect(result.ok ? [] : result.errors.map((e) => e.en)).toContainEqual(
      expect.stringMatching(/^The pack's phrases hold too many words together \(\d+; at most 10\)/),
    );
  });

  it('refuses examples that would cost too much before running them, counting repeats once', () => {
    const rules = samplePack().rules;
    const cost = exampleCost(rules);
    const doubled = rules.map((r) => ({
      ...r,
      examples: {
        ...r.examples,
        match: [...(r.examples?.match ?? []), ...(r.examples?.match ?? [])],
      },
    }));
    expect(exampleCost(doubled)).toBe(cost);
    const limits = { ...PACK_LIMITS, maxExampleCost: cost - 1 };
    const result = validatePack(samplePack(), { limits });
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        path: 'rules',
        en: expect.stringContaining('Checking the examples would cost too much'),
      }),
    ]);
    expect(
      validatePack(samplePack(), { limits: { ...PACK_LIMITS, maxExampleCost: cost } }).ok,
    ).toBe(true);
  });

  it('a 2.7 MB pack of 600 example-heavy detector rules is refused by a budget, before any example runs', () => {
    const text = 'Labdien, es nezinu, LŪDZU SAMAKSĀJIET TŪLĪT!!! Atsūtiet rēķinu. '.repeat(14);
    const rules = Array.from({ length: 600 }, (_, i) => ({
      ...detector(i),
      examples: { match: Array.from({ length: 5 }, (_, j) => `${text}${i}-${j}`) },
    }));
    const result = validatePack(JSON.stringify({ ...samplePack(), rules }));
    // The speed comes from refusing on the computed cost (bench/validation-offthread.bench.ts
    // times it); one budget error, no verdict on any example, shows no example was checked.
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        path: 'rules',
        en: expect.stringContaining('too many rules that scan every sentence'),
      }),
    ]);
  });
});
