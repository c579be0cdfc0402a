import { parseAffixes, type AffixTable } from './affixes';
import { parseDictionary } from './dictionary';
import { expandWord } from './expand';

/** Forms of a phrase named by its dictionary form; more are cut (a lead writes narrower lemmas). */
export const MAX_FORMS_PER_LEMMA = 600;

export interface LemmaExpander {
  /** Is the word a dictionary entry (a lemma the dictionary knows)? */
  knows(word: string): boolean;
  /**
   * Every inflected form of a word or phrase given by its dictionary form («vaina», «jūsu
   * pienākums», «nezināt», «izvēlēties»), the lemma first. Each word of a phrase is inflected; a
   * word the dictionary does not know stays as written. A negated verb («nezināt») not in the
   * dictionary is its verb's forms with «ne-», a reflexive one its base's reflexive forms.
   */
  forms(lemma: string): string[];
}

export function createLemmaExpander(aff: string, dic: string): LemmaExpander {
  return lemmaExpander(parseAffixes(aff), parseDictionary(dic));
}

export function lemmaExpander(
  table: AffixTable,
  words: ReadonlyMap<string, string>,
): LemmaExpander {
  const expand = (
    word: string,
    keep: (form: string, morph: string) => boolean,
  ): string[] | null => {
    const flags = words.get(word);
    if (flags === undefined) return null;
    const out: string[] = [];
    for (const [form, morph] of expandWord(table, word, flags))
      if (keep(form, morph)) out.push(form);
    return out;
  };
  const formsOfWord = (word: string): string[] => {
    const lower = word.toLocaleLowerCase('lv');
    const own = expand(lower, () => true) ?? (lower !== word ? expand(word, () => true) : null);
    if (own) return [lower, ...own.filter((f) => f !== lower)];
    // A reflexive verb is listed as its base (izvēlēties under izvēlēt): the reflexive
    // suffixes are those whose field has voice «a» (is:2dtap).
    if (lower.endsWith('ties')) {
      const reflexive = expand(lower.slice(0, -3), (_f, m) => m.charAt(6) === 'a');
      if (reflexive?.length) return [lower, ...reflexive.filter((f) => f !== lower)];
    }
    // A negated verb is its verb with the prefix «ne-».
    if (lower.startsWith('ne') && lower.length > 4) {
      const base = formsOfWord(lower.slice(2));
      const own = base.filter((f) => f.startsWith('ne'));
      const negated = own.length > 1 ? own : base.map((f) => `ne${f}`);
      if (negated.length > 1) return [lower, ...negated.filter((f) => f !== lower)];
    }
    return [lower];
  };
  return {
    knows: (word) => words.has(word) || words.has(word.toLocaleLowerCase('lv')),
    forms(lemma) {
      const parts = lemma.trim().split(/\s+/u).filter(Boolean);
      let phrases = [''];
      for (const part of parts) {
        const next: string[] = [];
        for (const form of formsOfWord(part))
          for (const start of phrases) {
            if (next.length >= MAX_FORMS_PER_LEMMA) break;
            next.push(start ? `${start} ${form}` : form);
          }
        phrases = next;
      }
      return phrases.filter(Boolean);
    },
  };
}
