import { isMatcherKind, kindModule } from '../engine/kinds';
import { PACK_LIMITS, type PackLimits } from './limits';
import { problem, type PackProblem } from './problems';

/**
 * What a pack costs every frame the agent types in and the validation of its examples, checked
 * against the limits (limits.ts says why each is what it is). Reads the raw document, so it
 * runs with the other semantic checks.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a phrase, as the trie holds them (runs of letters and digits). */
export function phraseWords(phrase: string): number {
  return phrase.match(WORD)?.length ?? 0;
}

/** A raw rule whose match kind scans every sentence. */
export function isDetectorRule(rule: unknown): boolean {
  if (typeof rule !== 'object' || rule === null) return false;
  const match = (rule as { match?: unknown }).match;
  const kind = typeof match === 'object' && match !== null ? (match as { kind?: unknown }).kind : 0;
  return typeof kind === 'string' && isMatcherKind(kind) && kindModule(kind).finds === 'detector';
}

export function detectorProblem(rules: readonly unknown[], limits: PackLimits): PackProblem | null {
  const count = rules.filter(isDetectorRule).length;
  if (count <= limits.maxDetectorRules) return null;
  return problem(
    'rules',
    `Pakā ir par daudz noteikumu, kas pārbauda katru teikumu (all-caps, imperative, punctuation-run): ${count}; ne vairāk kā ${limits.maxDetectorRules}. Tie palēnina rakstīšanu katrā laukā.`,
    `The pack has too many rules that scan every sentence (all-caps, imperative, punctuation-run): ${count}; at most ${limits.maxDetectorRules}. They slow down typing in every field.`,
  );
}

export function wordsProblem(words: number, limits: PackLimits): PackProblem | null {
  if (words <= limits.maxPhraseWordsTotal) return null;
  return problem(
    'rules',
    `Pakas frāzēs kopā ir par daudz vārdu (${words}; ne vairāk kā ${limits.maxPhraseWordsTotal}); katrs lauks, kurā aģents raksta, tos visus sagatavo.`,
    `The pack's phrases hold too many words together (${words}; at most ${limits.maxPhraseWordsTotal}); every field the agent types in compiles them all.`,
  );
}

interface ExampleRule {
  match: { kind: string };
  examples?: { match?: readonly string[]; noMatch?: readonly string[]; context?: object };
}

/** Characters of the distinct example texts (per context) × detector rules (at least 1). */
export function exampleCost(rules: readonly ExampleRule[]): number {
  const seen = new Set<string>();
  let chars = 0;
  for (const rule of rules) {
    const context = JSON.stringify(rule.examples?.context ?? {});
    for (const text of [...(rule.examples?.match ?? []), ...(rule.examples?.noMatch ?? [])]) {
      const key = `${context}\u0000${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      chars += text.length;
    }
  }
  return chars * Math.max(1, rules.filter(isDetectorRule).length);
}

export function exampleProblem(
  rules: readonly ExampleRule[],
  limits: PackLimits = PACK_LIMITS,
): PackProblem | null {
  const cost = exampleCost(rules);
  if (cost <= limits.maxExampleCost) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  return problem(
    'rules',
    `Piemēru pārbaude būtu par dārgu: piemēru rakstzīmes × noteikumi, kas pārbauda katru teikumu = ${n(cost)}; ne vairāk kā ${n(limits.maxExampleCost)}. Saīsiniet vai apvienojiet piemērus, vai samaziniet šādu noteikumu skaitu.`,
    `Checking the examples would cost too much: example characters × rules that scan every sentence = ${n(cost)}; at most ${n(limits.maxExampleCost)}. Shorten or merge the examples, or use fewer such rules.`,
  );
}
