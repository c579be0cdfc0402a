import type { ChecklistItem } from '../model/pack';
import { parsePhrase } from './phrase';

/** Folded words of a text, in order (checklists are short; no index needed). */
function words(text: string): string[] {
  return parsePhrase(text).words;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Ids of the checklist items the typed text ticks: an item's phrase, or the value of one of
 * its context variables (the company name), typed as whole words, diacritics optional.
 * Items without `detect` are manual reminders and never tick here.
 */
export function detectChecklistItems(
  text: string,
  items: readonly ChecklistItem[],
  variables: Readonly<Record<string, string | undefined>> = {},
): string[] {
  const typed = words(text);
  const ticked: string[] = [];
  for (const item of items) {
    const d = item.detect;
    if (!d) continue;
    const byPhrase = (d.phrases ?? []).some((p) => containsSequence(typed, words(p)));
    const byVariable = (d.variables ?? []).some((v) => {
      const value = variables[v];
      return value !== undefined && containsSequence(typed, words(value));
    });
    if (byPhrase || byVariable) ticked.push(item.id);
  }
  return ticked;
}
