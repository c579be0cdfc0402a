import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import { verifyPackSignature } from '../../../lib/core/packs/signature';
import type { Pack } from '../../../lib/core/model/pack';
import { memoryIo } from './memory-io';

const source = {
  format: 'laipni-pack/1',
  id: 'team.lemmas',
  name: 'Lemmas',
  version: '1.0.0',
  author: 'Lead',
  language: 'lv',
  minEngineVersion: '1.1.0',
  rules: [
    {
      id: 'no-vaina',
      severity: 'warning',
      match: { kind: 'phrase', phrases: ['vaina'], lemmas: [{ lemma: 'vaina' }] },
      reason: { lv: 'Nerunājiet par vainu.' },
      replacements: [],
      advice: [{ lv: 'Piedāvājiet risinājumu.' }],
      examples: { match: ['Tas nav manas vainas dēļ.'] },
    },
  ],
};

describe('laipni build and sign expand lemmas', () => {
  it('build writes every form of the lemma into the pack, and its examples then pass', async () => {
    const m = memoryIo({ 'p.json': JSON.stringify(source) });
    expect(await main(['build', 'p.json', '--out', 'b.json'], m.io)).toBe(0);
    const built = JSON.parse(m.files['b.json'] as string) as Pack;
    const match = built.rules[0]?.match;
    expect(match?.kind === 'phrase' && match.lemmas?.[0]?.forms).toEqual(
      expect.arrayContaining(['vaina', 'vainas', 'vainai', 'vainu', 'vainā']),
    );
    expect(m.out()).toMatch(/1 lemma\(s\) expanded to \d+ forms/);
  });

  it('sign expands before it signs, so the signature covers the forms', async () => {
    const m = memoryIo({ 'p.json': JSON.stringify(source) });
    expect(await main(['keygen', '--out', 'k'], m.io)).toBe(0);
    expect(await main(['sign', 'p.json', '--key', 'k.key', '--out', 's.json'], m.io)).toBe(0);
    const signed = JSON.parse(m.files['s.json'] as string) as Record<string, unknown>;
    const rule = (signed.rules as { match: { lemmas: { forms: string[] }[] } }[])[0];
    expect(rule?.match.lemmas[0]?.forms.length).toBeGreaterThan(3);
    expect(await verifyPackSignature(signed, [(m.files['k.pub'] ?? '').trim()])).toMatchObject({
      ok: true,
      status: 'verified',
    });
  });

  it('build refuses forms over the pack limit and names the lemmas that give the most', async () => {
    const dic = readFileSync('node_modules/dictionary-lv/index.dic', 'utf8');
    const verbs = dic
      .split('\n')
      .filter((line) => / po:darbv/.test(line) && line.includes('/'))
      .filter((_, i) => i % 7 === 0)
      .slice(0, 400)
      .map((line) => line.split('/')[0] as string);
    const big = {
      ...source,
      rules: verbs.map((lemma, i) => ({
        id: `verb-${i}`,
        severity: 'info',
        match: { kind: 'phrase', phrases: [lemma], lemmas: [{ lemma }] },
        reason: { lv: 'Ģenerēts.' },
        replacements: [],
      })),
    };
    const { io, files, err } = memoryIo({ 'big.json': JSON.stringify(big) });
    expect(await main(['build', 'big.json', '--out', 'out.json'], io)).toBe(1);
    expect(files['out.json']).toBeUndefined();
    expect(err()).toContain('The pack has too many phrases');
    expect(err()).toMatch(/The 400 lemma\(s\) give \d+ forms \(at most 40000 phrases in a pack\)/);
    expect(err()).toMatch(/verb-\d+: «\S+» → \d{3} forms/);
    expect(err()).toContain('Name the forms you mean in "phrases" instead of a lemma');
  });
});
