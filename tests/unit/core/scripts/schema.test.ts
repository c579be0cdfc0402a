import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { scriptSchema, scriptsSchema } from '../../../../lib/core/scripts/schema';
import { SCRIPT_LIMITS } from '../../../../lib/core/scripts/limits';
import { sampleScript } from './fixtures';

describe('script schema', () => {
  it('accepts the sample script unchanged', () => {
    expect(v.parse(scriptSchema, sampleScript())).toEqual(sampleScript());
  });

  it('refuses unknown fields, unknown kinds and bad ids', () => {
    const bad = (patch: Record<string, unknown>) =>
      v.safeParse(scriptSchema, { ...sampleScript(), ...patch }).success;
    expect(bad({ colour: 'red' })).toBe(false);
    expect(bad({ id: 'has space' })).toBe(false);
    expect(bad({ start: '' })).toBe(false);
    expect(bad({ outcomes: [] })).toBe(false);
    expect(bad({ appliesTo: { direction: 'sideways' } })).toBe(false);
    expect(bad({ appliesTo: { direction: 'any', situations: ['repeat-call'] } })).toBe(true);
  });

  it('bounds counts', () => {
    const many = Array.from({ length: SCRIPT_LIMITS.maxScripts + 1 }, () => sampleScript());
    expect(v.safeParse(scriptsSchema, many).success).toBe(false);
    const s = sampleScript();
    s.steps[0]!.say = Array.from({ length: SCRIPT_LIMITS.maxSayVariants + 1 }, () => 'Labdien.');
    expect(v.safeParse(scriptSchema, s).success).toBe(false);
  });
});
