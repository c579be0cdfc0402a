import type { LemmaExpander } from './expander';

/** One lemma of a pack and how many forms it was given. */
export interface ExpandedLemma {
  ruleId: string;
  lemma: string;
  forms: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Fills the `forms` of every lemma of a pack document (rules[].match.lemmas[]), so the published
 * pack carries them and no agent's browser needs the dictionary. Works on the JSON document as
 * read, changing nothing else, so a signature over it covers exactly what was reviewed. Forms
 * already there are replaced: a rebuild follows the dictionary.
 */
export function expandPackLemmas(
  document: Record<string, unknown>,
  expander: LemmaExpander,
): ExpandedLemma[] {
  const done: ExpandedLemma[] = [];
  const rules = Array.isArray(document.rules) ? document.rules : [];
  for (const rule of rules) {
    if (!isRecord(rule) || !isRecord(rule.match) || !Array.isArray(rule.match.lemmas)) continue;
    for (const entry of rule.match.lemmas) {
      if (!isRecord(entry) || typeof entry.lemma !== 'string') continue;
      const forms = expander.forms(entry.lemma);
      entry.forms = forms;
      done.push({ ruleId: String(rule.id), lemma: entry.lemma, forms: forms.length });
    }
  }
  return done;
}

/** The lemmas of a pack document that have no forms yet. */
export function unexpandedLemmas(document: unknown): string[] {
  if (!isRecord(document) || !Array.isArray(document.rules)) return [];
  const out: string[] = [];
  for (const rule of document.rules) {
    if (!isRecord(rule) || !isRecord(rule.match) || !Array.isArray(rule.match.lemmas)) continue;
    for (const entry of rule.match.lemmas)
      if (isRecord(entry) && typeof entry.lemma === 'string' && !Array.isArray(entry.forms))
        out.push(entry.lemma);
  }
  return out;
}
