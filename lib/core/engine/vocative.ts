/**
 * The vocative of a Latvian given name or surname, used when addressing someone:
 * Jānis → Jāni, Edgars → Edgar, Bērziņš → Bērziņ, Ingus → Ingu, Inguss → Ingus. In every
 * case the masculine ending loses its final -s / -š; names in -a / -e (Anna, Ilze) and others
 * keep their form. Several words are converted one by one.
 */
export function vocative(name: string): string {
  return name
    .normalize('NFC')
    .split(/(\s+)/u)
    .map((word) =>
      word.length >= 3 && /[sšSŠ]$/u.test(word) && /\p{L}{2}$/u.test(word)
        ? word.slice(0, -1)
        : word,
    )
    .join('');
}
