/**
 * Is a message confidently in another language than Latvian? Only then are Latvian-only
 * rules skipped; short or mixed text counts as Latvian (null).
 */
export function detectOtherLanguage(
  words: number,
  latvian: number,
  english: number,
  cyrillic: number,
): 'en' | 'ru' | null {
  if (words < 4) return null;
  if (cyrillic >= words * 0.5 && latvian * 4 <= cyrillic) return 'ru';
  if (english >= 2 && english >= words * 0.2 && latvian * 4 <= english) return 'en';
  return null;
}
