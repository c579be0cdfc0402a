import type { Pack } from '../../core/model/pack';

/**
 * Library phrases by typing abbreviation («;sv»). The effective pack already holds the packs'
 * phrases and the agent's own (layering), later ones winning.
 */
export function libraryAbbreviations(pack: Pack): Map<string, string> {
  const byAbbreviation = new Map<string, string>();
  for (const phrase of pack.phrases ?? []) {
    if (phrase.abbreviation) byAbbreviation.set(phrase.abbreviation, phrase.text);
  }
  return byAbbreviation;
}
