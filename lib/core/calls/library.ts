import { fillTemplate, foldString } from '../engine/core';
import { SITUATIONS, type LibraryPhrase, type Situation } from '../model/pack';

export interface PhraseView {
  id: string;
  /** The phrase with the variables filled («…» where one is missing); inserted as is. */
  text: string;
  abbreviation?: string;
}

export interface PhraseGroupView {
  situation: Situation;
  phrases: PhraseView[];
}

function folded(text: string): string {
  return foldString(text.toLowerCase());
}

/**
 * The phrase library grouped by situation, variables filled, filtered by a search that ignores
 * case and diacritics («atvainojos» finds «Atvainojos», «zel» finds «žēl») and also matches the
 * abbreviation («;atv»). Empty groups are left out. An unknown situation files under `other`.
 */
export function libraryGroups(
  phrases: readonly LibraryPhrase[],
  variables: Readonly<Record<string, string | undefined>>,
  query = '',
): PhraseGroupView[] {
  const needle = folded(query.trim());
  const groups = new Map<Situation, PhraseView[]>(SITUATIONS.map((s) => [s, []]));
  for (const phrase of phrases) {
    const text = fillTemplate(phrase.text, variables).text;
    const haystack = folded(`${text}\n${phrase.text}\n${phrase.abbreviation ?? ''}`);
    if (needle && !haystack.includes(needle)) continue;
    const group = groups.get(phrase.situation) ?? groups.get('other');
    group?.push({
      id: phrase.id,
      text,
      ...(phrase.abbreviation ? { abbreviation: phrase.abbreviation } : {}),
    });
  }
  return SITUATIONS.flatMap((situation) => {
    const list = groups.get(situation) ?? [];
    return list.length > 0 ? [{ situation, phrases: list }] : [];
  });
}
