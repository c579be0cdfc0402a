import * as v from 'valibot';
import {
  CHANNELS,
  CHECKLIST_KINDS,
  MATCHER_KINDS,
  PACK_FORMAT,
  PHASES,
  SITUATIONS,
  VARIABLE_NAMES,
  type Pack,
  type Rule,
} from '../model/pack';
import { PACK_LIMITS as L } from './limits';
import { bi } from './issue-text';
import { clip } from './problems';
import { SEMVER_PATTERN } from './semver';

/**
 * The valibot schema of `laipni-pack/1`, mirroring `types.ts`. Objects are strict: an unknown
 * field is an error naming the fields that exist, so a typo («replacments») cannot silently lose
 * a lead's work. Everything is data; phrases are literal text, never patterns.
 */

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PACK_ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** Checklist items and library phrases: a little looser (camelCase and underscores occur). */
export const ITEM_ID_PATTERN = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** A phrase needs at least one letter or digit; punctuation alone matches nothing useful. */
const HAS_WORD = /[\p{L}\p{N}]/u;

export function strict<const E extends v.ObjectEntries>(
  entries: E,
  what: { lv: string; en: string },
) {
  const known = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') {
      const name = clip(String(issue.input), 40);
      return bi(
        `Nezināms lauks «${name}» (${what.lv}); atļautie lauki: ${known}.`,
        `Unknown field "${name}" (${what.en}); the fields are: ${known}.`,
      );
    }
    if (issue.input === undefined)
      return bi('Trūkst obligātā lauka.', 'This required field is missing.');
    const received = clip(issue.received, 40);
    return bi(
      `Jābūt objektam { … } (${what.lv}); ir: ${received}.`,
      `Must be an object { … } (${what.en}); got: ${received}.`,
    );
  });
}

export function text(max: number, min = 1) {
  return v.pipe(v.string(), v.minLength(min), v.maxLength(max));
}

const id = (pattern: RegExp, lv: string, en: string) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.regex(pattern, bi(lv, en)));

export const ruleIdSchema = id(
  RULE_ID_PATTERN,
  'Noteikuma identifikatorā drīkst būt tikai mazie latīņu burti, cipari un defises (piem., «es-nezinu»).',
  'A rule id may contain only lower-case Latin letters, digits and hyphens (e.g. "es-nezinu").',
);
const packIdSchema = id(
  PACK_ID_PATTERN,
  'Pakas identifikatorā drīkst būt tikai mazie latīņu burti, cipari, defises un punkti (piem., «acme.sales»).',
  'A pack id may contain only lower-case Latin letters, digits, hyphens and dots (e.g. "acme.sales").',
);
const itemIdSchema = id(
  ITEM_ID_PATTERN,
  'Identifikatorā drīkst būt tikai latīņu burti, cipari, defises, punkti un pasvītras.',
  'An id may contain only Latin letters, digits, hyphens, dots and underscores.',
);
const semverSchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.regex(
    SEMVER_PATTERN,
    bi('Versijai jābūt semver formā, piem., «1.2.0».', 'A version must be semver, e.g. "1.2.0".'),
  ),
);
const timeSchema = v.pipe(
  v.string(),
  v.regex(
    TIME_PATTERN,
    bi('Laikam jābūt formā «HH:MM» (00:00–23:59).', 'A time must be "HH:MM" (00:00–23:59).'),
  ),
);

export const phraseSchema = v.pipe(
  v.string(),
  v.maxLength(L.maxPhraseLength),
  v.check(
    (s) => HAS_WORD.test(s),
    bi(
      'Frāzē jābūt vismaz vienam burtam vai ciparam.',
      'A phrase needs at least one letter or digit.',
    ),
  ),
);
const phraseList = (min = 0) =>
  v.pipe(v.array(phraseSchema), v.minLength(min), v.maxLength(L.maxPhrasesPerList));
const shortList = v.pipe(v.array(text(L.maxShortTextLength)), v.maxLength(L.maxPhrasesPerList));

export const localizedSchema = strict(
  { lv: text(L.maxTextLength), en: v.optional(text(L.maxTextLength)) },
  { lv: 'teksts latviski un angliski', en: 'text in Latvian and English' },
);

const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const m = (lv: string, en: string) => ({ lv: `atbilstība «${lv}»`, en: `match "${en}"` });

const matcherSchema = v.variant(
  'kind',
  [
    strict({ kind: v.literal('phrase'), phrases: phraseList(1) }, m('phrase', 'phrase')),
    strict(
      {
        kind: v.literal('cooccurrence'),
        first: phraseList(1),
        second: phraseList(1),
        window: int(0, 50),
        order: v.optional(v.picklist(['ordered', 'any'])),
        standalone: v.optional(phraseList()),
      },
      m('cooccurrence', 'cooccurrence'),
    ),
    strict(
      { kind: v.literal('standalone'), phrases: phraseList(1) },
      m('standalone', 'standalone'),
    ),
    strict(
      { kind: v.literal('imperative'), exempt: v.optional(phraseList()) },
      m('imperative', 'imperative'),
    ),
    strict(
      {
        kind: v.literal('count'),
        words: phraseList(1),
        min: int(1, 1000),
        ignoreExactCase: v.optional(shortList),
      },
      m('count', 'count'),
    ),
    strict(
      {
        kind: v.literal('time-greeting'),
        greetings: v.pipe(
          v.array(
            strict(
              { phrases: phraseList(1), from: timeSchema, until: timeSchema },
              { lv: 'sveiciens', en: 'greeting' },
            ),
          ),
          v.minLength(1),
          v.maxLength(50),
        ),
      },
      m('time-greeting', 'time-greeting'),
    ),
    strict(
      { kind: v.literal('nominative-address'), greetings: phraseList(1) },
      m('nominative-address', 'nominative-address'),
    ),
    strict(
      {
        kind: v.literal('all-caps'),
        minWords: int(1, 100),
        minWordLength: v.optional(int(1, 100)),
        ignore: v.optional(shortList),
      },
      m('all-caps', 'all-caps'),
    ),
    strict(
      { kind: v.literal('punctuation-run'), minMarks: int(2, 100) },
      m('punctuation-run', 'punctuation-run'),
    ),
    strict({ kind: v.literal('case'), expected: phraseList(1) }, m('case', 'case')),
  ],
  (issue) => {
    const kinds = MATCHER_KINDS.join(', ');
    if (issue.expected === 'Object') {
      return bi(
        `Atbilstībai jābūt objektam ar lauku «kind»; iespējamie veidi: ${kinds}.`,
        `A match must be an object with a "kind"; the kinds are: ${kinds}.`,
      );
    }
    const received = clip(issue.received, 40);
    return bi(
      `Nezināms atbilstības veids ${received}; iespējamie veidi: ${kinds}. Regulārās izteiksmes un kods nav atļauti.`,
      `Unknown match kind ${received}; the kinds are: ${kinds}. Regular expressions and code are not allowed.`,
    );
  },
);

const guardsSchema = strict(
  {
    notFollowedBy: v.optional(phraseList()),
    notPrecededBy: v.optional(phraseList()),
    exclude: v.optional(phraseList()),
    sentenceWith: v.optional(phraseList()),
    sentenceWithout: v.optional(phraseList()),
    notInsideQuotes: v.optional(v.boolean()),
  },
  { lv: 'nosacījumi', en: 'guards' },
);

const exampleList = v.optional(
  v.pipe(v.array(text(L.maxTextLength)), v.maxLength(L.maxExamplesPerList)),
);

export const ruleSchema = strict(
  {
    id: ruleIdSchema,
    language: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          LANGUAGE_PATTERN,
          bi('Valodas kods, piem., «lv» vai «en».', 'A language code, e.g. "lv" or "en".'),
        ),
      ),
    ),
    severity: v.picklist(['warning', 'info']),
    enabled: v.optional(v.boolean()),
    phases: v.optional(v.pipe(v.array(v.picklist(PHASES)), v.maxLength(PHASES.length))),
    channels: v.optional(v.pipe(v.array(v.picklist(CHANNELS)), v.maxLength(CHANNELS.length))),
    repeatCall: v.optional(v.boolean()),
    scope: v.optional(v.picklist(['any', 'first-sentence', 'last-sentence'])),
    replaces: v.optional(v.picklist(['match', 'sentence'])),
    match: matcherSchema,
    guards: v.optional(guardsSchema),
    reason: localizedSchema,
    replacements: v.pipe(v.array(text(L.maxTextLength, 0)), v.maxLength(L.maxReplacements)),
    advice: v.optional(v.pipe(v.array(localizedSchema), v.maxLength(L.maxAdvice))),
    situation: v.optional(v.picklist(SITUATIONS)),
    examples: v.optional(
      strict(
        {
          match: exampleList,
          noMatch: exampleList,
          context: v.optional(
            strict(
              {
                phase: v.optional(v.picklist(PHASES)),
                channel: v.optional(v.picklist(CHANNELS)),
                time: v.optional(timeSchema),
                repeatCall: v.optional(v.boolean()),
              },
              { lv: 'piemēru konteksts', en: 'example context' },
            ),
          ),
        },
        { lv: 'piemēri', en: 'examples' },
      ),
    ),
    locked: v.optional(v.boolean()),
  },
  { lv: 'noteikums', en: 'rule' },
);

/** A personal change to one rule (lib/core/packs/overrides.ts). */
export const ruleOverrideSchema = strict(
  {
    ruleId: ruleIdSchema,
    enabled: v.optional(v.boolean()),
    replacements: v.optional(
      v.pipe(v.array(text(L.maxTextLength, 0)), v.maxLength(L.maxReplacements)),
    ),
    advice: v.optional(v.pipe(v.array(localizedSchema), v.maxLength(L.maxAdvice))),
  },
  { lv: 'personīga izmaiņa', en: 'personal override' },
);

export const checklistItemSchema = strict(
  {
    id: itemIdSchema,
    text: localizedSchema,
    detect: v.optional(
      strict(
        {
          phrases: v.optional(phraseList()),
          variables: v.optional(
            v.pipe(v.array(v.picklist(VARIABLE_NAMES)), v.maxLength(VARIABLE_NAMES.length)),
          ),
        },
        { lv: 'atpazīšana', en: 'detect' },
      ),
    ),
  },
  { lv: 'kontrolsaraksta punkts', en: 'checklist item' },
);

const checklistList = v.optional(
  v.pipe(v.array(checklistItemSchema), v.maxLength(L.maxChecklistItemsPerKind)),
);
const checklistsSchema = strict(
  Object.fromEntries(CHECKLIST_KINDS.map((kind) => [kind, checklistList])) as Record<
    (typeof CHECKLIST_KINDS)[number],
    typeof checklistList
  >,
  { lv: 'kontrolsaraksti', en: 'checklists' },
);

export const libraryPhraseSchema = strict(
  {
    id: itemIdSchema,
    situation: v.picklist(SITUATIONS),
    text: text(L.maxTextLength),
    abbreviation: v.optional(text(32)),
  },
  { lv: 'bibliotēkas frāze', en: 'library phrase' },
);

export const packSchema = strict(
  {
    /** Editors' schema pointer; accepted and dropped. */
    $schema: v.optional(text(500)),
    format: v.literal(PACK_FORMAT),
    id: packIdSchema,
    name: text(L.maxShortTextLength),
    version: semverSchema,
    author: text(L.maxShortTextLength),
    language: v.pipe(
      v.string(),
      v.regex(LANGUAGE_PATTERN, bi('Valodas kods, piem., «lv».', 'A language code, e.g. "lv".')),
    ),
    description: v.optional(localizedSchema),
    changelog: v.optional(
      v.pipe(
        v.array(
          strict(
            {
              version: semverSchema,
              date: v.optional(
                v.pipe(
                  v.string(),
                  v.regex(
                    DATE_PATTERN,
                    bi('Datums formā «GGGG-MM-DD».', 'A date as "YYYY-MM-DD".'),
                  ),
                ),
              ),
              notes: localizedSchema,
            },
            { lv: 'izmaiņu ieraksts', en: 'changelog entry' },
          ),
        ),
        v.maxLength(L.maxChangelogEntries),
      ),
    ),
    minEngineVersion: v.optional(semverSchema),
    priority: v.optional(int(-1_000_000, 1_000_000)),
    locked: v.optional(v.pipe(v.array(ruleIdSchema), v.maxLength(L.maxRules))),
    signature: v.optional(
      strict(
        { algorithm: v.literal('ed25519'), keyId: text(200), value: text(200) },
        { lv: 'paraksts', en: 'signature' },
      ),
    ),
    rules: v.pipe(v.array(ruleSchema), v.maxLength(L.maxRules)),
    checklists: v.optional(checklistsSchema),
    phrases: v.optional(v.pipe(v.array(libraryPhraseSchema), v.maxLength(L.maxLibraryPhrases))),
  },
  { lv: 'paka', en: 'pack' },
);

// Compile-time guard: what the schema lets through is a `Pack` (and each rule a `Rule`).
type SchemaPack = Omit<v.InferOutput<typeof packSchema>, '$schema'>;
const _packFits = (p: SchemaPack): Pack => p;
const _ruleFits = (r: v.InferOutput<typeof ruleSchema>): Rule => r;
void _packFits;
void _ruleFits;
