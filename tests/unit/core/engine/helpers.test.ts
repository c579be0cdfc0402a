import { describe, expect, it } from 'vitest';
import {
  BUILTIN_PACK,
  detectChecklistItems,
  ENGINE_VERSION,
  fillTemplate,
  greetingFor,
  isImperative2pl,
  supportsEngineVersion,
  supportsMatcherKind,
  vocative,
} from '../../../../lib/core/engine';
import { foldString } from '../../../../lib/core/engine/fold';
import { CASE_LOWER, CASE_NONE, CASE_UPPER, caseOf } from '../../../../lib/core/engine/suggest';
import { compileTemplate, fillParts } from '../../../../lib/core/engine/template';

describe('vocative', () => {
  it.each([
    ['Jānis', 'Jāni'],
    ['Edgars', 'Edgar'],
    ['Anna', 'Anna'],
    ['Ilze', 'Ilze'],
    ['Bērziņš', 'Bērziņ'],
    ['Ingus', 'Ingu'],
    ['Inguss', 'Ingus'],
    ['Pēteris', 'Pēteri'],
    ['Jānis Bērziņš', 'Jāni Bērziņ'],
    ['', ''],
  ])('%s → %s', (name, expected) => expect(vocative(name)).toBe(expected));
});

describe('greetingFor', () => {
  it.each([
    ['07:30', 'Labrīt'],
    ['12:00', 'Labdien'],
    ['17:59', 'Labdien'],
    ['18:00', 'Labvakar'],
    ['02:00', 'Labvakar'],
    [undefined, 'Labdien'],
    ['25:00', 'Labdien'],
  ])('%s → %s', (time, expected) => expect(greetingFor(time)).toBe(expected));
});

describe('fillTemplate', () => {
  it('fills known variables and marks the first empty slot', () => {
    const r = fillTemplate('{greeting}! Mans vārds ir {agentName}, {company}.', {
      greeting: 'Labdien',
      agentName: ' ',
    });
    expect(r.text).toBe('Labdien! Mans vārds ir …, ….');
    expect(r.slot).toEqual({ start: 23, end: 24 });
    expect(r.text.slice(r.slot!.start, r.slot!.end)).toBe('…');
  });
  it('returns no slot when everything is filled', () => {
    expect(fillTemplate('Labdien, {x}!', { x: 'Anna' })).toEqual({
      text: 'Labdien, Anna!',
      slot: null,
    });
  });
  it('leaves braces that are not placeholders alone', () => {
    expect(fillTemplate('a {} b').text).toBe('a {} b');
  });
  it('never reads inherited members: {constructor}, {toString} stay empty slots', () => {
    const r = fillTemplate('{constructor} {toString} {valueOf} {hasOwnProperty}', {});
    expect(r.text).toBe('… … … …');
    expect(fillParts(compileTemplate('{toString}'), {}, {}).text).toBe('…');
    // A value that is not a string (a message handed over by code) is an empty slot too.
    const odd = { agentName: 42 } as unknown as Record<string, string>;
    expect(fillTemplate('{agentName}', odd).text).toBe('…');
  });
  it('fills a compiled template from match values over context variables', () => {
    const parts = compileTemplate('{a}, {b} un {c}');
    const vars = { a: 'A', b: 'B' };
    const over = { b: 'b2', c: ' ' };
    expect(fillParts(parts, vars, over)).toEqual(
      fillTemplate('{a}, {b} un {c}', { ...vars, ...over }),
    );
  });
});

describe('caseOf (a suggestion follows the span’s first letter)', () => {
  it('agrees with toLowerCase / toUpperCase on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected =
        ch !== ch.toLowerCase() ? CASE_UPPER : ch !== ch.toUpperCase() ? CASE_LOWER : CASE_NONE;
      if (caseOf(`${ch}x`) !== expected) expect([c, caseOf(ch)]).toEqual([c, expected]);
    }
    expect(caseOf('')).toBe(CASE_NONE);
  });
});

describe('detectChecklistItems', () => {
  const opening = BUILTIN_PACK.checklists?.opening ?? [];
  it('ticks greeting, name, company and offer of help from typed text', () => {
    const text = 'Labdien! Mans vards ir Anna Bērziņa, SIA Laipni. Ka varu Jums palidzet?';
    expect(
      detectChecklistItems(text, opening, {
        company: 'SIA Laipni',
        agentSurname: 'Bērziņa',
      }).sort(),
    ).toEqual(['open-company', 'open-greeting', 'open-name', 'open-offer-help'].sort());
  });
  it('does not tick on partial words, and manual items never tick', () => {
    expect(detectChecklistItems('Labdienas', opening)).toEqual([]);
    expect(detectChecklistItems('temps smaids', BUILTIN_PACK.checklists?.body ?? [])).toEqual([]);
  });
});

describe('imperative detector', () => {
  it.each([
    'samaksājiet',
    'atsūtiet',
    'sazinieties',
    'lasiet',
    'klausieties',
    'pievērsiet',
    'nezvaniet',
    'ejiet',
    'dodiet',
  ])('%s is imperative', (w) => expect(isImperative2pl(foldString(w))).toBe(true));
  it.each([
    'saņemsiet',
    'zvanīsiet',
    'sazināsieties',
    'atvērsiet',
    'aiziet',
    'paiet',
    'pāriet',
    'jāiet',
    'jāiziet',
    'mazliet',
    'šķiet',
    'ciet',
    'citviet',
    'daudzviet',
    'sieviet',
    'smieties',
    'skriet',
    'iet',
    'zvanāt',
    'rakstāt',
    'būsiet',
  ])('%s is not imperative', (w) => expect(isImperative2pl(foldString(w))).toBe(false));
});

describe('version and kinds', () => {
  it('knows its match kinds', () => {
    expect(supportsMatcherKind('phrase')).toBe(true);
    expect(supportsMatcherKind('regex')).toBe(false);
  });
  it('compares minEngineVersion', () => {
    expect(supportsEngineVersion(undefined)).toBe(true);
    expect(supportsEngineVersion(ENGINE_VERSION)).toBe(true);
    expect(supportsEngineVersion('0.9.0', '1.0.0')).toBe(true);
    expect(supportsEngineVersion('1.0.1', '1.0.0')).toBe(false);
    expect(supportsEngineVersion('2.0.0', '1.9.9')).toBe(false);
    expect(supportsEngineVersion('one', '1.0.0')).toBe(false);
  });
});

describe('robustness', () => {
  it('a rule of a kind this engine does not know is ignored, not a crash', async () => {
    const { createChecker } = await import('../../../../lib/core/engine');
    const pack = {
      ...BUILTIN_PACK,
      rules: [
        { ...BUILTIN_PACK.rules[0]!, id: 'future', match: { kind: 'regex', pattern: 'x' } },
        BUILTIN_PACK.rules.find((r) => r.id === 'bare-ne')!,
      ],
    } as unknown as typeof BUILTIN_PACK;
    const checker = createChecker({ packs: [pack] });
    expect(checker.check('Nē!').map((f) => f.ruleId)).toEqual(['bare-ne']);
  });

  it('no packs means no rules; empty and odd texts are fine', async () => {
    const { createChecker } = await import('../../../../lib/core/engine');
    expect(createChecker({ packs: [] }).check('Es nezinu!')).toEqual([]);
    const checker = createChecker();
    for (const text of [
      '',
      ' ',
      '\n\n',
      '!!!',
      '«',
      '»»»',
      '„“',
      '"',
      '>',
      'Klients:',
      '…',
      '\u0304',
      '👍',
    ]) {
      expect(() => checker.check(text)).not.toThrow();
    }
  });
});
