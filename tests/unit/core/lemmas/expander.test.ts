import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLemmaExpander } from '../../../../lib/core/lemmas/expander';
import { parseAffixes } from '../../../../lib/core/lemmas/affixes';
import { expandWord } from '../../../../lib/core/lemmas/expand';
import { expandPackLemmas, unexpandedLemmas } from '../../../../lib/core/lemmas/pack-lemmas';
import { createChecker } from '../../../../lib/core/engine';
import type { Pack } from '../../../../lib/core/model/pack';

/** A small affix file in the dictionary's own style: a noun class, a verb class, ne- and jā…a. */
const AFF = `SET UTF-8
NEEDAFFIX {
CIRCUMFIX |
PFX - Y 1
PFX -  0  ne .
PFX ] Y 1
PFX ]  0  jā/| .
SFX S Y 4
SFX S a  as   a  is:vpg
SFX S a  u    a  is:vpa
SFX S a  ā    a  is:vpl
SFX S s  i  [^u]s is:vpd
SFX F Y 4
SFX F  āt  u    [^j]āt   is:1vtt0
SFX F  āt  iet  [^j]āt   is:2dttp
SFX F  āt  a/]| [^jd]āt  is:0xttv
SFX F  ēt  u    [^cl]ēt  is:1vtt0
`;
const DIC = `3
vaina/S
zināt/F-
nekas
`;

describe('Hunspell affix expansion', () => {
  const x = createLemmaExpander(AFF, DIC);

  it('applies suffixes whose condition fits the word, with their strip', () => {
    expect(x.forms('vaina')).toEqual(['vaina', 'vainas', 'vainu', 'vainā']);
  });

  it('combines the word prefix ne- with suffixes, and a circumfix only with its pair', () => {
    const forms = x.forms('zināt');
    expect(forms).toEqual(expect.arrayContaining(['zināt', 'zinu', 'ziniet', 'nezinu', 'jāzina']));
    // «zina» alone needs «jā-» (a circumfix), and «zinēt»'s suffix does not fit «zināt».
    expect(forms).not.toContain('zina');
    expect(forms).not.toContain('nejāzina');
  });

  it('a negated or unknown word: the verb with ne-, or the word as written', () => {
    expect(x.forms('nezināt')).toEqual(expect.arrayContaining(['nezināt', 'nezinu', 'neziniet']));
    expect(x.forms('nezināt')).not.toContain('zinu');
    expect(x.forms('Kukurūza')).toEqual(['kukurūza']);
  });

  it('inflects each word of a phrase', () => {
    expect(x.forms('jūsu vaina')).toEqual([
      'jūsu vaina',
      'jūsu vainas',
      'jūsu vainu',
      'jūsu vainā',
    ]);
  });

  it('keeps the morphological field of the suffix', () => {
    const forms = expandWord(parseAffixes(AFF), 'zināt', 'F');
    expect(forms.get('ziniet')).toBe('is:2dttp');
  });
});

describe('the Latvian dictionary (dictionary-lv)', () => {
  const dir = 'node_modules/dictionary-lv';
  const x = createLemmaExpander(
    readFileSync(`${dir}/index.aff`, 'utf8'),
    readFileSync(`${dir}/index.dic`, 'utf8'),
  );

  it.each([
    ['vaina', ['vaina', 'vainas', 'vainai', 'vainu', 'vainā', 'vainām', 'vainās']],
    ['nezināt', ['nezinu', 'nezinām', 'nezināju', 'nezinājām', 'nezināšu']],
    ['sazināties', ['sazinos', 'sazinieties', 'sazināsimies']],
    ['varēt', ['nevaru', 'nevaram', 'nevarēšu', 'nevarēsim']],
  ])('%s', (lemma, some) => {
    expect(x.forms(lemma)).toEqual(expect.arrayContaining(some));
  });
});

describe('lemmas in packs', () => {
  const x = createLemmaExpander(AFF, DIC);
  const pack = (): Pack => ({
    format: 'laipni-pack/1',
    id: 'team.lemmas',
    name: 'Lemmas',
    version: '1.0.0',
    author: 'Lead',
    language: 'lv',
    rules: [
      {
        id: 'vaina',
        severity: 'warning',
        match: { kind: 'phrase', phrases: ['jūsu vaina'], lemmas: [{ lemma: 'jūsu vaina' }] },
        reason: { lv: 'Nevainojiet klientu.' },
        replacements: [],
      },
    ],
  });

  it('a built pack carries the forms, and the engine matches every form, without diacritics too', () => {
    const document = pack() as unknown as Record<string, unknown>;
    expect(unexpandedLemmas(document)).toEqual(['jūsu vaina']);
    expect(expandPackLemmas(document, x)).toEqual([
      { ruleId: 'vaina', lemma: 'jūsu vaina', forms: 4 },
    ]);
    expect(unexpandedLemmas(document)).toEqual([]);
    const checker = createChecker({ packs: [document as unknown as Pack] });
    expect(checker.check('Tas notika jusu vainas del.').map((f) => f.text)).toEqual([
      'jusu vainas',
    ]);
  });

  it('an unexpanded lemma matches only itself', () => {
    const checker = createChecker({ packs: [pack()] });
    expect(checker.check('Tas notika jūsu vainas dēļ.')).toEqual([]);
    expect(checker.check('Tā ir jūsu vaina.').map((f) => f.text)).toEqual(['jūsu vaina']);
  });
});
