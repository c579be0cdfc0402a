/**
 * Characters a pack string may not carry. Bidi controls reorder what the agent sees (a reversed
 * phone number in a suggestion), control characters and lone surrogates are invisible or break
 * the customer's text. Phrases, replacements and library phrases refuse them; other texts get a
 * warning. Line breaks and tabs are allowed where a person may write several lines
 * (replacements, reasons), never in phrases.
 */

/** C0 (except tab, line feed, carriage return), DEL and C1. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_CONTROL = /[\t\n\r]/;
/** LRM, RLM, the embeddings/overrides (LRE…RLO, PDF) and the isolates (LRI…PDI). */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface BadChar {
  /** «U+202E». */
  code: string;
  lv: string;
  en: string;
}

function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character a pack string may not carry, or null. `lines`: tab and newline are fine. */
export function badChar(text: string, lines: boolean): BadChar | null {
  const control = CONTROL.exec(text) ?? (lines ? null : LINE_CONTROL.exec(text));
  if (control) {
    return { code: codeOf(control[0]), lv: 'vadības rakstzīme', en: 'a control character' };
  }
  const bidi = BIDI.exec(text);
  if (bidi) {
    return {
      code: codeOf(bidi[0]),
      lv: 'teksta virziena vadības rakstzīme',
      en: 'a text-direction control',
    };
  }
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return { code: codeOf(lone[0]), lv: 'nepāra aizstājējkods', en: 'a lone surrogate' };
  return null;
}

/** Bilingual sentence for a refused or warned character. */
export function badCharText(found: BadChar): { lv: string; en: string } {
  return {
    lv: `Tekstā ir ${found.lv} ${found.code}; to nevar redzēt, un tā var sagrozīt tekstu. Izdzēsiet to.`,
    en: `The text contains ${found.en} ${found.code}; it is invisible and can distort the text. Remove it.`,
  };
}
