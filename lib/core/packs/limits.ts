/**
 * Size limits for a pack document. They are checked before any heavy work (schema walk, example
 * runs) so a huge or hostile pack is refused in milliseconds instead of freezing the browser.
 * The largest real packs (built-in ≈ 100 rules, big team packs a few thousand) sit far below.
 */
export const PACK_LIMITS = {
  /** UTF-8 bytes of the JSON text (or an estimate for an already parsed value). */
  maxDocumentBytes: 16 * 1024 * 1024,
  maxRules: 20_000,
  /** Entries in one phrase list (`phrases`, `first`, `exempt`, …). */
  maxPhrasesPerList: 2_000,
  /** All phrase-list entries of the pack together. */
  maxPhrasesTotal: 400_000,
  maxPhraseLength: 200,
  /** Reasons, advice, descriptions, replacements, examples. */
  maxTextLength: 4_000,
  maxShortTextLength: 200,
  maxReplacements: 50,
  maxAdvice: 20,
  maxExamplesPerList: 50,
  maxChecklistItemsPerKind: 200,
  maxLibraryPhrases: 10_000,
  maxChangelogEntries: 1_000,
  /** Any array at all; larger than any legal list, so the generic walk stops early. */
  maxArrayLength: 20_000,
  /** Any string at all, before the precise per-field limits. */
  maxAnyStringLength: 10_000,
  maxKeysPerObject: 64,
  /** A legal pack nests at most 7 levels (rules[i].match.greetings[j].phrases[k]). */
  maxDepth: 16,
  /** Values of any kind in the document. */
  maxNodes: 2_000_000,
  /** Errors listed before the rest are summarised as "… and N more". */
  maxReportedErrors: 200,
} as const;

export type PackLimits = { readonly [K in keyof typeof PACK_LIMITS]: number };
