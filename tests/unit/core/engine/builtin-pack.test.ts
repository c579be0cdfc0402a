import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK, createChecker } from '../../../../lib/core/engine';
import { CHECKLIST_KINDS, type Rule } from '../../../../lib/core/model/pack';
import { MATCHER_KINDS } from '../../../../lib/core/engine/kinds';
import { validate, type Json } from './support/json-schema';

const schema = JSON.parse(readFileSync('scripts-data/pack.schema.json', 'utf8')) as {
  [key: string]: Json;
};
const packJson = JSON.parse(readFileSync('scripts-data/builtin-pack.json', 'utf8')) as Json;

const STABLE_IDS = [
  'greeting-hallo',
  'greeting-informal',
  'greeting-sveiki',
  'greeting-time-mismatch',
  'intro-seit-runa',
  'ko-jums-vajag',
  'kas-zvana',
  'repeat-call-atkal-es',
  'es-nezinu',
  'cannot-do',
  'imperative-mood',
  'imperative-softened',
  'imperative-misspelled',
  'your-obligation',
  'debitive-jums-ja',
  'bare-ne',
  'blame-not-my-fault',
  'blame-customer',
  'not-my-department',
  'pronoun-es-overuse',
  'informal-tu-address',
  'as-i-said',
  'calm-down',
  'jus-capitalization',
  'all-caps-shouting',
  'exclamation-overuse',
  'slang-familiar',
  'address-nominative',
  'farewell-informal',
];

describe('built-in pack', () => {
  it('matches the published JSON Schema', () => {
    expect(validate(schema, packJson)).toEqual([]);
  });

  it('the schema rejects an unknown match kind and a misspelt field', () => {
    const bad = JSON.parse(JSON.stringify(packJson)) as {
      rules: { match: { kind: string }; severty?: string }[];
    };
    const first = bad.rules[0];
    if (!first) throw new Error('no rules');
    first.match.kind = 'regex';
    first.severty = 'warning';
    const errors = validate(schema, bad as unknown as Json);
    expect(errors.some((e) => e.includes('oneOf'))).toBe(true);
    expect(errors.some((e) => e.includes('unexpected property severty'))).toBe(true);
  });

  it('the schema lists exactly the engine match kinds', () => {
    const defs = schema.$defs as { matcher: { oneOf: { $ref: string }[] } } & Record<
      string,
      { properties?: { kind?: { const?: string } } }
    >;
    const kinds = defs.matcher.oneOf.map(
      (r) => defs[r.$ref.replace('#/$defs/', '')]?.properties?.kind?.const,
    );
    expect(kinds.sort()).toEqual([...MATCHER_KINDS].sort());
  });

  it('has every stable rule id, each with reasons, replacements or advice, and examples', () => {
    expect(BUILTIN_PACK.rules.map((r) => r.id).sort()).toEqual([...STABLE_IDS].sort());
    for (const rule of BUILTIN_PACK.rules) {
      expect(rule.reason.lv.length, rule.id).toBeGreaterThan(10);
      expect(rule.reason.en?.length ?? 0, rule.id).toBeGreaterThan(10);
      expect(rule.replacements.length, rule.id).toBeLessThanOrEqual(3);
      expect(rule.replacements.length + (rule.advice?.length ?? 0), rule.id).toBeGreaterThan(0);
      for (const r of rule.replacements) expect(r, rule.id).not.toMatch(/^Pārformulējiet/u);
      expect(rule.examples?.match?.length ?? 0, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples?.noMatch?.length ?? 0, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('ships jus-capitalization switched off', () => {
    expect(BUILTIN_PACK.rules.find((r) => r.id === 'jus-capitalization')?.enabled).toBe(false);
    expect(createChecker().ruleIds).not.toContain('jus-capitalization');
  });

  it('has every checklist, the body ones as manual reminders', () => {
    for (const kind of CHECKLIST_KINDS)
      expect(BUILTIN_PACK.checklists?.[kind]?.length ?? 0, kind).toBeGreaterThan(0);
    expect(BUILTIN_PACK.checklists?.body?.every((i) => i.detect === undefined)).toBe(true);
    expect(BUILTIN_PACK.phrases?.some((p) => p.abbreviation === ';sv')).toBe(true);
  });
});

function checkerFor(rule: Rule) {
  // A rule shipped off is tested on its own, switched on.
  return createChecker({ packs: [{ ...BUILTIN_PACK, rules: [{ ...rule, enabled: true }] }] });
}

describe.each(BUILTIN_PACK.rules.map((r) => [r.id, r] as const))('examples of %s', (_id, rule) => {
  const checker = checkerFor(rule);
  const ctx = rule.examples?.context ?? {};
  it.each(rule.examples?.match ?? [])('flags %j', (text) => {
    expect(checker.check(text, ctx).map((f) => f.ruleId)).toContain(rule.id);
  });
  it.each(rule.examples?.noMatch ?? [])('does not flag %j', (text) => {
    expect(checker.check(text, ctx).map((f) => f.ruleId)).not.toContain(rule.id);
  });
});
