import { describe, expect, it } from 'vitest';
import { badChar } from '../../../../lib/core/packs/text-policy';
import { validatePack, type ValidationResult } from '../../../../lib/core/packs/validate';
import { samplePack } from '../../../fixtures/sample-pack';

const paths = (result: ValidationResult, kind: 'errors' | 'warnings') =>
  (kind === 'errors' ? (result.ok ? [] : result.errors) : result.warnings).map((p) => p.path);

const HOSTILE = {
  'U+202E (right-to-left override)': 'Zvaniet \u202E00009',
  'U+2066 (left-to-right isolate)': 'a \u2066b\u2069',
  'U+200F (right-to-left mark)': 'a\u200Fb',
  'U+0007 (bell)': 'a\u0007b',
  'U+0085 (C1 next line)': 'a\u0085b',
  'a lone high surrogate': 'Labi \uD83D',
  'a lone low surrogate': '\uDE00 Labi',
};

describe('characters in pack strings', () => {
  it.each(Object.entries(HOSTILE))('refuses %s in phrases and replacements', (_, text) => {
    const pack = samplePack();
    pack.rules[0]!.replacements = [text];
    pack.rules[1]!.match = { kind: 'phrase', phrases: [`es ${text}`] };
    pack.phrases = [{ id: 'p', situation: 'other', text }];
    expect(paths(validatePack(pack), 'errors')).toEqual([
      'rules[0].replacements[0]',
      'rules[1].match.phrases[0]',
      'phrases[0].text',
    ]);
  });

  it.each(Object.entries(HOSTILE))('warns about %s in names and reasons', (_, text) => {
    const pack = samplePack();
    pack.name = text;
    pack.rules[0]!.reason = { lv: `Iemesls ${text}` };
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    expect(paths(result, 'warnings')).toEqual(['name', 'rules[0].reason.lv']);
    expect(result.warnings[0]?.en).toMatch(/U\+[0-9A-F]{4}/);
  });

  it('allows line breaks and tabs in replacements and reasons, never in phrases', () => {
    expect(badChar('Ar cieņu,\n\t{agentName}', true)).toBeNull();
    expect(badChar('es\nnezinu', false)?.code).toBe('U+000A');
    const pack = samplePack();
    pack.rules[0]!.replacements = ['Ar cieņu,\n{agentName}'];
    pack.rules[0]!.reason = { lv: 'Viena rinda.\nOtra rinda.' };
    const result = validatePack(pack);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('accepts emoji (a surrogate pair) and combining marks', () => {
    expect(badChar('Paldies 😀, Jā\u0304nis', false)).toBeNull();
  });
});
