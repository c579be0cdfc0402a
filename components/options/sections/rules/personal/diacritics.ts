/**
 * Agents often type without diacritics («nezinu», «cau»). The engine already folds diacritics
 * when it matches, but a person reading a rule should see the spellings it covers, so the form's
 * helper writes them out.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The phrases followed by their no-diacritics spellings, each once, in order. */
export function addPlainSpellings(phrases: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (phrase: string) => {
    const key = phrase.toLocaleLowerCase('lv');
    if (phrase === '' || seen.has(key)) return;
    seen.add(key);
    out.push(phrase);
  };
  for (const phrase of phrases) {
    push(phrase);
    push(withoutDiacritics(phrase));
  }
  return out;
}
