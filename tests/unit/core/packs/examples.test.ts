import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../../lib/core/packs/validate';
import type { Pack } from '../../../../lib/core/model/pack';
import { samplePack } from '../../../fixtures/sample-pack';

function withExamples(
  index: number,
  examples: NonNullable<Pack['rules'][number]['examples']>,
): Pack {
  const pack = samplePack();
  const rule = pack.rules[index];
  if (rule) rule.examples = examples;
  return pack;
}

describe('pack examples run through the engine', () => {
  it('passes the sample pack and the built-in pack', () => {
    expect(validatePack(samplePack()).ok).toBe(true);
    const builtin = validatePack(readFileSync('scripts-data/builtin-pack.json', 'utf8'));
    expect(builtin.ok ? [] : builtin.errors).toEqual([]);
  });

  it('reports a match example the rule does not flag, and a noMatch it does', () => {
    const result = validatePack(
      withExamples(0, { match: ['Es nezinu.', 'Viss kārtībā.'], noMatch: ['Nezinu!'] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'rules[0].examples.match[1]',
        lv: 'Noteikums «es-nezinu» neatzīmē piemēru «Viss kārtībā.», lai gan tam būtu jāatzīmē.',
        en: 'The rule "es-nezinu" does not flag the example "Viss kārtībā.", but it should.',
      },
      {
        path: 'rules[0].examples.noMatch[0]',
        lv: 'Noteikums «es-nezinu» atzīmē piemēru «Nezinu!», lai gan nevajadzētu.',
        en: 'The rule "es-nezinu" flags the example "Nezinu!", but it should not.',
      },
    ]);
  });

  it('tests rules shipped switched off, in the example context', () => {
    const pack = withExamples(9, {
      match: ['Mēs jums atsūtīsim rēķinu.'],
      context: { channel: 'email' },
    });
    expect(pack.rules[9]?.enabled).toBe(false);
    const result = validatePack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const greeting = withExamples(5, {
      match: ['Labrīt!'],
      noMatch: ['Labdien!'],
      context: { time: '15:00' },
    });
    const checked = validatePack(greeting);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });

  it('can be skipped', () => {
    expect(
      validatePack(withExamples(0, { match: ['Viss kārtībā.'] }), { runExamples: false }).ok,
    ).toBe(true);
  });
});
