/**
 * Size limits for a pack document. They are checked before any heavy work (schema walk, example
 * runs) so a huge or hostile pack is refused in milliseconds instead of freezing the browser.
 * The largest real packs (built-in ≈ 100 rules, big team packs a few thousand) sit far below.
 */
export const PACK_LIMITS = {
  /** UTF-8 bytes of the JSON text (or an estimate for an already parsed value). */
  maxDocumentBytes: 16 * 1024 * 1024,
  /**
   * Every frame the agent types in compiles the effective pack, so what a pack may hold is
   * bounded by its cost there: the first check of a 35 KB note ≤ 200 ms and ≤ 32 MB of heap
   * (bench/pack-cost.bench.ts: the worst accepted pack ≈ 180 ms and 19 MB in Node; the
   * 400,000 phrases allowed before cost 2 s and 250 MB).
   */
  maxRules: 10_000,
  /** Entries in one phrase list (`phrases`, `first`, `exempt`, …). */
  maxPhrasesPerList: 2_000,
  /** All phrase-list entries of the pack together. */
  maxPhrasesTotal: 40_000,
  /** The words of all phrase lists together: the compiled trie and vocabulary grow with them. */
  maxPhraseWordsTotal: 40_000,
  /**
   * Rules of the detector kinds (all-caps, imperative, punctuation-run): they scan every
   * sentence of every check, where phrase rules share one trie walk (20,000 of them made the
   * first check of a 35 KB note take 2.8 s).
   */
  maxDetectorRules: 50,
  /**
   * Examples: the characters of the distinct example texts × the detector rules they are run
   * through (at least 1). ≈ 16 ns each in Node here, so about 2 s at the limit; 600 rules with
   * 1 KB examples (2.7 MB) cost 1.5 × 10⁹ and blocked the service worker for 37 s.
   */
  maxExampleCost: 120_000_000,
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
