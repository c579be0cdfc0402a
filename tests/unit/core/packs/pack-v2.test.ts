import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import { validate, type Json } from '../engine/support/json-schema';
import { compileFastSchema } from '../../../../lib/core/packs/fast-schema';
import { packSchema } from '../../../../lib/core/packs/schema';
import { validatePack, type ValidationResult } from '../../../../lib/core/packs/validate';
import type { Pack } from '../../../../lib/core/model/pack';
import { samplePack } from '../../../fixtures/sample-pack';
import { sampleScript, STEP } from '../scripts/fixtures';

/** Format 2: a pack may carry guided call scripts, checked with the pack, wording included. */

function packWithScript(): Pack {
  return { ...samplePack(), format: 'laipni-pack/2', scripts: [sampleScript()] };
}

function errorsOf(result: ValidationResult) {
  return result.ok ? [] : result.errors;
}

describe('laipni-pack/2', () => {
  it('validates a pack with a script and keeps the script as it is', () => {
    const pack = packWithScript();
    const result = validatePack(JSON.stringify(pack));
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.pack.scripts).toEqual(pack.scripts);
    expect(result.ok && result.pack.format).toBe('laipni-pack/2');
  });

  it('refuses scripts in a laipni-pack/1 pack, saying which format they need', () => {
    const pack = { ...packWithScript(), format: 'laipni-pack/1' };
    const [error, ...rest] = errorsOf(validatePack(pack));
    expect(rest).toEqual([]);
    expect(error).toEqual({
      path: 'scripts',
      lv: 'Skripti ir tikai «laipni-pack/2» pakās: nomainiet «format» uz «laipni-pack/2».',
      en: 'Scripts need a "laipni-pack/2" pack: change "format" to "laipni-pack/2".',
    });
  });

  it('keeps a laipni-pack/1 pack without scripts exactly as before', () => {
    const result = validatePack(samplePack());
    expect(result.ok).toBe(true);
    expect(result.ok && 'scripts' in result.pack).toBe(false);
  });

  it('refuses a format it does not know, naming both it knows', () => {
    const [error] = errorsOf(validatePack({ ...samplePack(), format: 'laipni-pack/9' }));
    expect(error?.path).toBe('format');
    expect(error?.en).toBe('The format must be "laipni-pack/1" or "laipni-pack/2".');
  });

  it('refuses a script whose say text breaks a handbook rule, with the path of the text', () => {
    const pack = packWithScript();
    const script = pack.scripts![0]!;
    script.steps[STEP.ask]!.say = ['Es nezinu, mēs to nevaram izdarīt!'];
    const errors = errorsOf(validatePack(pack));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.path === `scripts[0].steps[${STEP.ask}].say[0]`)).toBe(true);
    expect(errors.map((e) => e.en).join('\n')).toContain('The wording breaks the rule');
  });

  it("judges the wording by the pack's own rules too", () => {
    const pack = packWithScript();
    pack.rules.push({
      id: 'acme-no-izdevigak',
      severity: 'warning',
      match: { kind: 'phrase', phrases: ['izdevīgāks'] },
      reason: { lv: 'Nesoliet.', en: 'Do not promise.' },
      replacements: [],
    });
    const errors = errorsOf(validatePack(pack));
    expect(errors.map((e) => [e.path, e.en.slice(0, 50)])).toEqual([
      [
        `scripts[0].steps[${STEP.ask}].say[0]`,
        'The wording breaks the rule "acme-no-izdevigak" ("',
      ],
    ]);
  });

  it('lets an advice-level finding through as a warning', () => {
    const pack = packWithScript();
    pack.scripts![0]!.steps[STEP.ask]!.say = ['Okei, vai Jums būtu interesants izdevīgāks plāns?'];
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual([`scripts[0].steps[${STEP.ask}].say[0]`]);
    expect(result.warnings[0]?.en).toContain('Advice (rule "slang-familiar"');
  });

  it('skips the wording when asked, and still checks the paths', () => {
    const pack = packWithScript();
    const script = pack.scripts![0]!;
    script.steps[STEP.ask]!.say = ['Es nezinu!'];
    expect(validatePack(pack, { checkWording: false }).ok).toBe(true);
    script.steps[STEP.ask]!.answers![0]!.next = 'nowhere';
    const [error] = errorsOf(validatePack(pack, { checkWording: false }));
    expect(error?.path).toBe(`scripts[0].steps[${STEP.ask}].answers[0].next`);
  });

  it('refuses control and bidi characters in what is said', () => {
    const pack = packWithScript();
    pack.scripts![0]!.steps[STEP.ask]!.say = ['Vai Jums \u202ebūtu interesants plāns?'];
    const [error] = errorsOf(validatePack(pack));
    expect(error?.path).toBe(`scripts[0].steps[${STEP.ask}].say[0]`);
  });

  it('stays on the fast schema path (valibot only for reports)', () => {
    const pack = JSON.parse(JSON.stringify(packWithScript())) as unknown;
    const fast = compileFastSchema(packSchema)(pack);
    expect(fast).not.toBeNull();
    expect(fast?.output).toEqual(v.parse(packSchema, pack));
  });

  it('matches the published JSON Schema, the built-in scripts included', () => {
    const schema = JSON.parse(readFileSync('scripts-data/pack.schema.json', 'utf8')) as {
      [key: string]: Json;
    };
    const pack = { ...packWithScript(), scripts: [sampleScript(), ...BUILTIN_SCRIPTS] };
    expect(validatePack(pack).ok).toBe(true);
    expect(validate(schema, JSON.parse(JSON.stringify(pack)) as Json)).toEqual([]);
    const wrong = { ...pack, scripts: [{ ...sampleScript(), stepz: [] }] };
    expect(validate(schema, JSON.parse(JSON.stringify(wrong)) as Json)).not.toEqual([]);
  });
});
