import { charClass, DIGIT, LETTER, MARK } from './chars';
import { foldRange } from './fold';

export interface ParsedPhrase {
  /** Folded words. */
  words: string[];
  /** The phrase ends with «?» (significant for standalone replies only). */
  question: boolean;
}

/**
 * Splits a phrase as written in a pack into folded words with the same boundaries the text
 * tokenizer uses, so «Es nezinu!» and «es  nezinu» are the same two words.
 */
export function parsePhrase(phrase: string): ParsedPhrase {
  const text = phrase.normalize('NFC');
  const words: string[] = [];
  let question = false;
  let i = 0;
  while (i < text.length) {
    const cls = charClass(text.charCodeAt(i));
    if ((cls & (LETTER | DIGIT)) === 0) {
      if (text.charCodeAt(i) === 0x3f) question = true;
      i++;
      continue;
    }
    question = false;
    const start = i;
    while (i < text.length && charClass(text.charCodeAt(i)) & (LETTER | DIGIT | MARK)) i++;
    words.push(foldRange(text, start, i));
  }
  return { words, question };
}
