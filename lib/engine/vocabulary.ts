import { translitWord } from './fold';
import { hashString } from './hash';

/**
 * Every folded word that occurs in any compiled phrase, with a numeric id. Phrases become
 * sequences of ids; the text's words are looked up here once each.
 */
export class Vocabulary {
  readonly words: string[] = [];
  private readonly byFolded = new Map<string, number>();
  private readonly byTranslit = new Map<string, number>();
  readonly foldedHashes = new Set<number>();
  readonly translitHashes = new Set<number>();

  /** Id of a folded word, adding it when new. */
  intern(folded: string): number {
    const known = this.byFolded.get(folded);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(folded);
    this.byFolded.set(folded, id);
    this.foldedHashes.add(hashString(folded));
    const reduced = translitWord(folded);
    if (!this.byTranslit.has(reduced)) {
      this.byTranslit.set(reduced, id);
      this.translitHashes.add(hashString(reduced));
    }
    return id;
  }

  lookupFolded(folded: string): number {
    return this.byFolded.get(folded) ?? -1;
  }

  lookupTranslit(reduced: string): number {
    return this.byTranslit.get(reduced) ?? -1;
  }
}
