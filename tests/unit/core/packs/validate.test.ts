import { describe, expect, it } from 'vitest';
import { validatePack, type ValidationResult } from '../../../../lib/core/packs/validate';
import { PACK_LIMITS } from '../../../../lib/core/packs/limits';
import { samplePack } from '../../../fixtures/sample-pack';

type Doc = Record<string, unknown>;

function doc(): Doc {
  return JSON.parse(JSON.stringify(samplePack())) as Doc;
}

function rules(d: Doc): Doc[] {
  return d.rules as Doc[];
}

function errorsOf(result: ValidationResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('validatePack', () => {
  it('accepts the sample pack as an object and as JSON text', () => {
    const asObject = validatePack(samplePack());
    const asText = validatePack(JSON.stringify(samplePack()));
    expect(asObject.ok).toBe(true);
    expect(asText.ok).toBe(true);
    if (asObject.ok) expect(asObject.pack).toEqual(samplePack());
  });

  it('accepts and drops the editor $schema pointer', () => {
    const result = validatePack({ $schema: './pack.schema.json', ...doc() });
    expect(result.ok && '$schema' in result.pack).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('names the path of a wrong type, in Latvian and English', () => {
    const d = doc();
    (rules(d)[3] as Doc).match = { kind: 'phrase', phrases: [42] };
    const [error] = errorsOf(validatePack(d));
    expect(error).toEqual({
      path: 'rules[3].match.phrases[0]',
      lv: expect.stringContaining('tekstam'),
      en: expect.stringContaining('text'),
    });
  });

  it('rejects an unknown match kind and lists the kinds that exist', () => {
    const d = doc();
    (rules(d)[0] as Doc).match = { kind: 'regex', pattern: '^es\\s+nezinu$' };
    const errors = errorsOf(validatePack(d));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('rules[0].match.kind');
    expect(errors[0]?.en).toContain('"regex"');
    expect(errors[0]?.en).toContain('phrase, cooccurrence, standalone');
    expect(errors[0]?.lv).toContain('Nezināms atbilstības veids');
  });

  it('reports a missing required field at its path', () => {
    const d = doc();
    delete (rules(d)[1] as Doc).reason;
    expect(errorsOf(validatePack(d))).toEqual([
      {
        path: 'rules[1].reason',
        lv: 'Trūkst obligātā lauka.',
        en: 'This required field is missing.',
      },
    ]);
  });

  it('reports an unknown field with the fields that exist', () => {
    const d = doc();
    (rules(d)[2] as Doc).replacments = ['x'];
    const [error] = errorsOf(validatePack(d));
    expect(error?.path).toBe('rules[2].replacments');
    expect(error?.en).toContain('Unknown field "replacments"');
    expect(error?.en).toContain('replacements');
  });

  it('lists every error at once, not just the first', () => {
    const d = doc();
    d.version = 'one';
    d.format = 'laipni-pack/3';
    (rules(d)[0] as Doc).severity = 'fatal';
    const paths = errorsOf(validatePack(d)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['version', 'format', 'rules[0].severity']));
  });

  it('rejects duplicate rule ids, naming the first use', () => {
    const d = doc();
    (rules(d)[4] as Doc).id = 'nevaram';
    const [error] = errorsOf(validatePack(d));
    expect(error?.path).toBe('rules[4].id');
    expect(error?.en).toBe('Rule id "nevaram" is repeated; it is already used at rules[1].');
  });

  it('rejects duplicate checklist item ids across checklists', () => {
    const d = doc();
    (d.checklists as Doc).body = [{ id: 'greet', text: { lv: 'Vēlreiz' } }];
    expect(errorsOf(validatePack(d))[0]?.path).toBe('checklists.body[0].id');
  });

  it('refuses a pack that needs a newer engine, saying so', () => {
    const d = doc();
    d.minEngineVersion = '9.0.0';
    const [error] = errorsOf(validatePack(d, { engineVersion: '1.4.0' }));
    expect(error?.path).toBe('minEngineVersion');
    expect(error?.en).toContain('needs engine version 9.0.0 or newer');
    expect(error?.en).toContain('1.4.0');
    expect(validatePack(d, { engineVersion: '9.0.0' }).ok).toBe(true);
  });

  it('treats regex-looking phrases as literal text, with a warning', () => {
    const d = doc();
    (rules(d)[0] as Doc).match = { kind: 'phrase', phrases: ['\\bes\\s+nezinu', 'labi'] };
    const result = validatePack(d, { runExamples: false });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(['rules[0].match.phrases[0]']);
    if (result.ok)
      expect(result.pack.rules[0]?.match).toEqual({
        kind: 'phrase',
        phrases: ['\\bes\\s+nezinu', 'labi'],
      });
  });

  it('rejects ids in the wrong form and bad clock times', () => {
    const d = doc();
    (rules(d)[0] as Doc).id = 'Es Nezinu';
    const greeting = ((rules(d)[5] as Doc).match as { greetings: Doc[] }).greetings[0] as Doc;
    greeting.until = '25:00';
    const errors = errorsOf(validatePack(d));
    expect(errors.map((e) => e.path)).toEqual(['rules[0].id', 'rules[5].match.greetings[0].until']);
    expect(errors[0]?.en).toContain('lower-case');
  });

  it('reports bad JSON text at the document', () => {
    const [error] = errorsOf(validatePack('{"format": "laipni-pack/1",'));
    expect(error?.path).toBe('');
    expect(error?.en).toMatch(/^This is not valid JSON/);
  });

  it('refuses prototype-pollution keys and leaves Object.prototype alone', () => {
    const text = JSON.stringify(doc()).replace(
      '"rules":',
      '"__proto__":{"polluted":true},"rules":',
    );
    const [error] = errorsOf(validatePack(text));
    expect(error?.path).toBe('__proto__');
    expect(({} as Doc).polluted).toBeUndefined();
    const nested = JSON.stringify(doc()).replace(
      '"severity":"info"',
      '"constructor":{"prototype":{}},"severity":"info"',
    );
    expect(errorsOf(validatePack(nested))[0]?.path).toMatch(/^rules\[\d+\]\.constructor$/);
  });

  describe('limits, checked before the schema', () => {
    it('refuses a document above the byte limit without parsing it', () => {
      const big = `{"x":"${'a'.repeat(2000)}"}`;
      const [error] = errorsOf(
        validatePack(big, { limits: { ...PACK_LIMITS, maxDocumentBytes: 1000 } }),
      );
      expect(error?.en).toMatch(/too large/);
    });

    it('counts UTF-8 bytes, not characters', () => {
      const text = JSON.stringify({ ...doc(), name: 'ā'.repeat(400) });
      const limits = { ...PACK_LIMITS, maxDocumentBytes: text.length + 100 };
      expect(errorsOf(validatePack(text, { limits }))[0]?.en).toMatch(/too large/);
    });

    it('refuses more rules than allowed', () => {
      const d = doc();
      d.rules = Array.from({ length: 21 }, (_, i) => ({ ...(rules(d)[2] as Doc), id: `r${i}` }));
      const [error] = errorsOf(
        validatePack(d, { limits: { ...PACK_LIMITS, maxRules: 20, maxArrayLength: 20 } }),
      );
      expect(error).toMatchObject({ path: 'rules', en: expect.stringContaining('too many items') });
    });

    it('refuses deep nesting and huge strings with their path', () => {
      let deep: unknown = 'x';
      for (let i = 0; i < 10_000; i++) deep = [deep];
      expect(errorsOf(validatePack({ ...doc(), description: deep }))[0]?.en).toMatch(
        /nested too deeply/,
      );
      const huge = doc();
      (rules(huge)[1] as Doc).replacements = ['a'.repeat(PACK_LIMITS.maxAnyStringLength + 1)];
      expect(errorsOf(validatePack(huge))[0]).toMatchObject({
        path: 'rules[1].replacements[0]',
        en: expect.stringMatching(/too long/),
      });
    });

    it('refuses a rule set above the 20,000-rule limit with one error, before checking each rule', () => {
      const rule = rules(doc())[2] as Doc;
      const d = {
        ...doc(),
        rules: Array.from({ length: 25_000 }, (_, i) => ({ ...rule, id: `r${i}` })),
      };
      const errors = errorsOf(validatePack(d));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe('rules');
    });

    it('caps the error list with a summary', () => {
      const d = doc();
      d.rules = Array.from({ length: 500 }, () => ({ id: 'BAD ID' }));
      const errors = errorsOf(validatePack(d));
      expect(errors).toHaveLength(PACK_LIMITS.maxReportedErrors + 1);
      expect(errors.at(-1)?.en).toMatch(/^… and \d+ more errors\.$/);
    });
  });

  it('never throws on values that are not JSON', () => {
    const cyclic: Doc = doc();
    cyclic.self = cyclic;
    const getter = Object.defineProperty(doc(), 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const inputs: unknown[] = [
      undefined,
      null,
      0,
      NaN,
      'null',
      '',
      [],
      () => 1,
      Symbol('s'),
      10n,
      new Date(),
      new Map(),
      cyclic,
      getter,
    ];
    for (const input of inputs) {
      const result = validatePack(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});
