import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import { MATCH_VALUES } from '../../../../lib/core/packs/placeholders';
import { validatePack, type ValidationResult } from '../../../../lib/core/packs/validate';
import { samplePack } from '../../../fixtures/sample-pack';

function errorsOf(result: ValidationResult) {
  return result.ok ? [] : result.errors;
}

describe('placeholders in packs', () => {
  it('the built-in pack uses only known ones', () => {
    expect(validatePack(JSON.stringify(BUILTIN_PACK)).ok).toBe(true);
  });

  it.each(['{constructor}', '{toString}', '{valueOf}', '{agentname}', '{prototype}'])(
    'refuses %s in a replacement, a checklist text and a library phrase, with its path',
    (name) => {
      const pack = samplePack();
      pack.rules[0]!.replacements = [`Labdien ${name}`];
      pack.checklists = { opening: [{ id: 'c1', text: { lv: 'Sakiet', en: `Say ${name}` } }] };
      pack.phrases = [{ id: 'p1', situation: 'other', text: `Sveiki ${name}` }];
      const errors = errorsOf(validatePack(pack));
      expect(errors.map((e) => e.path)).toEqual([
        'rules[0].replacements[0]',
        'checklists.opening[0].text.en',
        'phrases[0].text',
      ]);
      for (const e of errors) {
        expect(e.lv).toContain(`Nezināma aizstājvieta ${name}`);
        expect(e.en).toContain(`Unknown placeholder ${name}`);
      }
    },
  );

  it('accepts variables, handbook slots and, in replacements only, match values', () => {
    const pack = samplePack();
    pack.rules[0]!.replacements = ['{greeting}, {customerNameVocative}: {action} {deadline}'];
    pack.rules[1]!.replacements = ['{verbInfinitive} {matchLower} {mark}'];
    pack.phrases = [{ id: 'p1', situation: 'other', text: '{agentName}, {company}, {goal}' }];
    expect(validatePack(pack).ok).toBe(true);
    pack.phrases = [{ id: 'p1', situation: 'other', text: '{matchLower}' }];
    expect(errorsOf(validatePack(pack)).map((e) => e.path)).toEqual(['phrases[0].text']);
  });

  it('leaves braces that are no placeholder alone ({__proto__}, {1}, {})', () => {
    const pack = samplePack();
    pack.rules[0]!.replacements = ['{__proto__} {1} {} {{x'];
    expect(validatePack(pack).ok).toBe(true);
  });

  it('knows every value a matcher kind emits', () => {
    const dir = 'lib/core/engine/kinds';
    const emitted = new Set<string>();
    for (const file of readdirSync(dir)) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      for (const m of source.matchAll(/\bemit(?:Tokens)?\([^;{}]*\{([^}]*)\}\s*\)/g)) {
        // The keys of the object literal: a name after `{` or `,` that a `:`, `,` or the end follows.
        for (const k of (m[1] ?? '').matchAll(/(?:^|,)\s*([A-Za-z]+)\s*(?=[:,]|$)/g))
          emitted.add(k[1] ?? '');
      }
    }
    expect([...emitted].sort()).toEqual([...MATCH_VALUES].sort());
  });
});
