import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigPack } from '../../../../bench/data-workload';
import { compile } from '../../../../lib/core/engine/compile';
import { foldRange, translitWord } from '../../../../lib/core/engine/fold';
import { parsePhrase } from '../../../../lib/core/engine/phrase';
import { tokenize } from '../../../../lib/core/engine/tokenize';
import { TokenBuffer } from '../../../../lib/core/engine/tokens';
import { Vocabulary } from '../../../../lib/core/engine/vocabulary';
import { rulesExamplesCanSee, vocabularyLists } from '../../../../lib/core/packs/example-scope';
import {
  eachWordRange,
  hashOf,
  normalizedPhrase,
  reducedHash,
} from '../../../../lib/core/packs/example-words';
import { runExamplesWith, runPackExamples } from '../../../../lib/core/packs/examples';
import type { Pack, Rule } from '../../../../lib/core/model/pack';
import { validatePack } from '../../../../lib/core/packs/validate';
import { exampleText, pack, phrase } from './random-pack';

/**
 * Examples run against a checker of only the rules they can see; these tests hold that to the
 * checker of the whole pack, on random packs whose words collide the ways the engine cares
 * about: folding (Jūs / jus), translit (sheit / šeit / seit, ljoti / ļoti, kaa / kā), shared
 * words between rules, two rules on the same words, detectors and guards.
 */

const everyRule = (rules: readonly Rule[]): readonly Rule[] => rules;

describe('the rules the examples can see', { timeout: 60_000 }, () => {
  it('give the same example results as the whole pack', () => {
    let compared = 0;
    let smaller = 0;
    fc.assert(
      fc.property(pack, (input) => {
        const checked = validatePack(input, { runExamples: false });
        if (!checked.ok) return;
        compared++;
        if (rulesExamplesCanSee(checked.pack.rules).length < checked.pack.rules.length) smaller++;
        expect(runPackExamples(checked.pack)).toEqual(runExamplesWith(checked.pack, everyRule));
      }),
      { numRuns: 1000, seed: 20251127 },
    );
    // The comparison means something only if most packs are valid and many are cut down.
    expect(compared).toBeGreaterThan(700);
    expect(smaller).toBeGreaterThan(150);
  });

  it('are chosen from the words the engine puts into its vocabulary, in its order', () => {
    const markWords = compile([]).vocab.words;
    fc.assert(
      fc.property(pack, (input) => {
        const allOn = input.rules.map((r) => ({ ...r, enabled: true }));
        const words = new Set(markWords);
        for (const r of allOn)
          for (const list of vocabularyLists(r) ?? [])
            for (const p of list ?? []) for (const w of parsePhrase(p).words) words.add(w);
        expect(compile([{ ...input, rules: allOn }]).vocab.words).toEqual([...words]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('read the example texts cut into words as the engine’s tokenizer cuts them', () => {
    const text = fc.string({
      unit: fc.constantFrom(..."aš Ā\u0304.,!?«»\n-'0é\u0301ЖжΣ\ud835\udc00ﬁ".split('')),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.oneof(text, exampleText), (t) => {
        const mine: string[] = [];
        eachWordRange(t, (start, end) => mine.push(foldRange(t, start, end)));
        const tokens = new TokenBuffer();
        tokenize(t, 0, t.length, 0, new Vocabulary(), true, tokens);
        const engine = Array.from({ length: tokens.count }, (_, i) =>
          foldRange(t, tokens.start[i] as number, tokens.end[i] as number),
        );
        expect(mine).toEqual(engine);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('read phrases as the engine does, and hash their translit form as it reduces them', () => {
    const letters = fc.string({
      // Hangul jamo compose in NFC (ᄀ + ᅡ = 가): folding alone does not make them equal.
      unit: fc.constantFrom(
        ...'aāeēiīoouushcčzžjkķgģlļnņSHJAĀ \u0304\u030c-?\u1100\u1161'.split(''),
      ),
      maxLength: 20,
    });
    fc.assert(
      fc.property(fc.oneof(letters, phrase), (p) => {
        const words: string[] = [];
        const hashes: number[] = [];
        const text = normalizedPhrase(p);
        eachWordRange(text, (start, end) => {
          words.push(foldRange(text, start, end));
          hashes.push(reducedHash(text, start, end));
        });
        expect(words).toEqual(parsePhrase(p).words);
        expect(hashes).toEqual(words.map((w) => hashOf(translitWord(w))));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('leave out a big pack’s rules that no example can reach', () => {
    const big = bigPack(2_000);
    const seen = rulesExamplesCanSee(big.rules);
    expect(seen.map((r) => r.id)).toEqual(big.rules.filter((r) => r.examples).map((r) => r.id));
  });

  const phraseRule = (id: string, severity: Rule['severity'], phrases: string[]): Rule => ({
    id,
    severity,
    match: { kind: 'phrase', phrases },
    reason: { lv: 'x' },
    replacements: [],
  });
  const packOf = (rules: Rule[]): Pack => ({ ...bigPack(0), rules });
  const paths = (input: Pack) => runPackExamples(input).map((p) => p.path);

  it('keep a rule without examples that flags the same words first', () => {
    const input = packOf([
      { ...phraseRule('tested', 'info', ['loti zvanu']), examples: { match: ['Mēs ļoti zvanu.'] } },
      phraseRule('hides', 'warning', ['ļoti zvanu']),
    ]);
    expect(rulesExamplesCanSee(input.rules).map((r) => r.id)).toEqual(['tested', 'hides']);
    expect(paths(input)).toEqual(['rules[0].examples.match[0]']);
    expect(runPackExamples(input)).toEqual(runExamplesWith(input, everyRule));
  });

  it('keep a rule reached only through translit', () => {
    // «sheit» is no rule's word, so it is read as translit and meets «šeit» of both rules.
    const input = packOf([
      { ...phraseRule('tested', 'info', ['šeit']), examples: { match: ['Sheit.'] } },
      phraseRule('hides', 'warning', ['šeit']),
    ]);
    expect(rulesExamplesCanSee(input.rules).map((r) => r.id)).toEqual(['tested', 'hides']);
    expect(paths(input)).toEqual(['rules[0].examples.match[0]']);
  });

  it('keep the first rule with a word, so translit reads the text the same way', () => {
    // «sheit» could be «šeit» or «šeiit»; the word the vocabulary got last wins.
    const input = packOf([
      { ...phraseRule('tested', 'info', ['šeit']), examples: { match: ['Sheit.'] } },
      phraseRule('later', 'info', ['seiit klients']),
    ]);
    expect(rulesExamplesCanSee(input.rules).map((r) => r.id)).toEqual(['tested', 'later']);
    expect(paths(input)).toEqual(['rules[0].examples.match[0]']);
  });

  it('keep every detector', () => {
    const input = packOf([
      { ...phraseRule('tested', 'info', ['nē']), examples: { match: ['NĒ NĒ!'] } },
      {
        id: 'caps',
        severity: 'warning',
        match: { kind: 'all-caps', minWords: 2 },
        reason: { lv: 'x' },
        replacements: [],
      },
    ]);
    expect(rulesExamplesCanSee(input.rules).map((r) => r.id)).toEqual(['tested', 'caps']);
  });
});
