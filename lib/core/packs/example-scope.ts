import { foldRange, translitWord } from '../engine/fold';
import { isMatcherKind, kindModule } from '../engine/kinds';
import { eachWordRange, hashOf, normalizedPhrase, reducedHash } from './example-words';
import type { Rule } from '../model/pack';

/**
 * The rules a pack's examples can see. Compiling every rule of a 10,000-rule pack to run the
 * examples of 1,000 of them is most of an import's time, yet a rule that cannot match any
 * example text changes no example's outcome. This picks the rules that can, so the checker
 * built from them flags exactly what the checker of the whole pack flags on those texts.
 *
 * Why that holds (lib/core/engine, as of this writing; tests/unit/core/packs/example-scope.test.ts
 * compares both checkers on random packs built to hit the corner cases):
 * - A rule outside the detectors (kinds that find without the trie) finds something only
 *   through a trie pattern whose every word is a word of the text. A text word resolves to the
 *   vocabulary word with its folded form, else (translit) the one interned last with its
 *   translit-reduced form; either way to a word whose reduced form is a text word's reduced form
 *   ("relevant" below).
 * - Other rules matter only through those findings: two findings on the same words keep one.
 * So the rules kept are: those with examples, the detectors, every rule with a pattern of only
 * relevant words, and for each relevant word the first rule that has it, so the vocabulary
 * holds the same relevant words in the same order and every text word resolves the same way.
 */

/**
 * The phrase lists `compile` puts into the vocabulary for a rule, in its order (the kind's lists,
 * then the guards'); null for a kind unknown here (such a rule is always kept). A test compares the words with the vocabulary the engine builds.
 */
export function vocabularyLists(rule: Rule): (readonly string[] | undefined)[] | null {
  if (!isMatcherKind(rule.match.kind)) return null;
  const g = rule.guards;
  return [
    ...kindModule(rule.match.kind).phraseLists(rule.match),
    g?.exclude,
    g?.notFollowedBy,
    g?.notPrecededBy,
    g?.sentenceWith,
    g?.sentenceWithout,
  ];
}

/** Rules that find things without the trie (they look at every sentence). */
function isDetector(rule: Rule): boolean {
  return isMatcherKind(rule.match.kind) && kindModule(rule.match.kind).finds === 'detector';
}

function hasExamples(rule: Rule): boolean {
  return Boolean(rule.examples?.match?.length || rule.examples?.noMatch?.length);
}

/** The rules (in pack order) that the examples of `rules` need compiled; see above. */
export function rulesExamplesCanSee(rules: readonly Rule[]): Rule[] {
  // Translit-reduced forms of the example words, and their hashes (the cheap first test).
  const reduced = new Set<string>();
  const hashes = new Set<number>();
  const addText = (text: string) =>
    eachWordRange(text, (start, end) => {
      const form = translitWord(foldRange(text, start, end));
      reduced.add(form);
      hashes.add(hashOf(form));
    });
  for (const rule of rules) {
    rule.examples?.match?.forEach(addText);
    rule.examples?.noMatch?.forEach(addText);
  }

  const keep = new Uint8Array(rules.length);
  const firstRuleOf = new Map<string, number>();
  let index = 0;
  let phrase = '';
  let words = 0;
  let allRelevant = true;
  const visitWord = (start: number, end: number) => {
    words++;
    if (!hashes.has(reducedHash(phrase, start, end))) {
      allRelevant = false;
      return;
    }
    const word = foldRange(phrase, start, end);
    if (!reduced.has(translitWord(word))) allRelevant = false;
    else if (!firstRuleOf.has(word)) firstRuleOf.set(word, index);
  };
  rules.forEach((rule, i) => {
    if (hasExamples(rule) || isDetector(rule)) keep[i] = 1;
    const lists = vocabularyLists(rule);
    if (!lists) {
      keep[i] = 1;
      return;
    }
    index = i;
    for (const list of lists) {
      for (const text of list ?? []) {
        phrase = normalizedPhrase(text);
        words = 0;
        allRelevant = true;
        eachWordRange(phrase, visitWord);
        // A phrase without words puts no pattern into the trie.
        if (words > 0 && allRelevant) keep[i] = 1;
      }
    }
  });
  for (const i of firstRuleOf.values()) keep[i] = 1;
  return rules.filter((_, i) => keep[i] === 1);
}
