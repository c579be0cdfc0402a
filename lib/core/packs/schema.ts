import * as v from 'valibot';
import { KINDS, MATCHER_KINDS } from '../engine/kinds';
import {
  CHANNELS,
  CHECKLIST_KINDS,
  PACK_FORMATS,
  PHASES,
  SITUATIONS,
  VARIABLE_NAMES,
  type Matcher,
  type MatcherKind,
  type Pack,
  type Rule,
} from '../model/pack';
import { PACK_LIMITS as L } from './limits';
import { bi } from './issue-text';
import { clip } from './problems';
import {
  DATE_PATTERN,
  int,
  LANGUAGE_PATTERN,
  itemIdSchema,
  localizedSchema,
  localizedTemplate,
  packIdSchema,
  phraseList,
  ruleIdSchema,
  semverSchema,
  cleanChars,
  strict,
  templateText,
  text,
  timeSchema,
} from './schema-parts';
import { REPLACEMENT_PLACEHOLDERS, TEXT_PLACEHOLDERS } from './placeholders';
import { siteScopeSchema } from './site-scope';
import { scriptsSchema } from '../scripts/schema';

const replacementList = v.pipe(
  v.array(templateText(L.maxTextLength, REPLACEMENT_PLACEHOLDERS, 0)),
  v.maxLength(L.maxReplacements),
);

/**
 * The valibot schema of `laipni-pack/1` and `/2`, mirroring `model/pack.ts`. Objects are strict: an unknown
 * field is an error naming the fields that exist, so a typo («replacments») cannot silently lose
 * a lead's work. Everything is data; phrases are literal text, never patterns.
 */

/**
 * A rule's `match`: one of the engine's kinds, each with the fields its module declares. The
 * modules' field schemas are checked against the matcher types (KindSchema); the variant over
 * all of them is typed here once.
 */
const matcherSchema = v.variant(
  'kind',
  MATCHER_KINDS.map((kind: MatcherKind) =>
    strict(
      { kind: v.literal(kind), ...KINDS[kind].schema },
      { lv: `atbilstība «${kind}»`, en: `match "${kind}"` },
    ),
  ),
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
) as unknown as v.GenericSchema<unknown, Matcher>;

const guardsSchema = strict(
  {
    notFollowedBy: v.optional(phraseList()),
    notPrecededBy: v.optional(phraseList()),
    exclude: v.optional(phraseList()),
    sentenceWith: v.optional(phraseList()),
    sentenceWithout: v.optional(phraseList()),
    notInsideQuotes: v.optional(v.boolean()),
    questionOrStart: v.optional(v.boolean()),
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
    sites: v.optional(siteScopeSchema),
    replaces: v.optional(v.picklist(['match', 'sentence'])),
    match: matcherSchema,
    guards: v.optional(guardsSchema),
    reason: localizedSchema,
    replacements: replacementList,
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
    replacements: v.optional(replacementList),
    advice: v.optional(v.pipe(v.array(localizedSchema), v.maxLength(L.maxAdvice))),
  },
  { lv: 'personīga izmaiņa', en: 'personal override' },
);

export const checklistItemSchema = strict(
  {
    id: itemIdSchema,
    text: localizedTemplate(TEXT_PLACEHOLDERS),
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
    text: templateText(L.maxTextLength, TEXT_PLACEHOLDERS),
    abbreviation: v.optional(v.pipe(text(32), cleanChars(false))),
    sites: v.optional(siteScopeSchema),
  },
  { lv: 'bibliotēkas frāze', en: 'library phrase' },
);

export const packSchema = strict(
  {
    /** Editors' schema pointer; accepted and dropped. */
    $schema: v.optional(text(500)),
    format: v.picklist(
      PACK_FORMATS,
      bi(
        `Formātam jābūt ${PACK_FORMATS.map((f) => `«${f}»`).join(' vai ')}.`,
        `The format must be ${PACK_FORMATS.map((f) => `"${f}"`).join(' or ')}.`,
      ),
    ),
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
        {
          algorithm: v.literal('ed25519'),
          keyId: text(200),
          value: text(200),
          publicKey: v.optional(text(200)),
        },
        { lv: 'paraksts', en: 'signature' },
      ),
    ),
    rules: v.pipe(v.array(ruleSchema), v.maxLength(L.maxRules)),
    checklists: v.optional(checklistsSchema),
    phrases: v.optional(v.pipe(v.array(libraryPhraseSchema), v.maxLength(L.maxLibraryPhrases))),
    /** Format 2 only (semantic.ts says so for a format 1 pack). */
    scripts: v.optional(scriptsSchema),
  },
  { lv: 'paka', en: 'pack' },
);

// Compile-time guard: what the schema lets through is a `Pack` (and each rule a `Rule`).
type SchemaPack = Omit<v.InferOutput<typeof packSchema>, '$schema'>;
const _packFits = (p: SchemaPack): Pack => p;
const _ruleFits = (r: v.InferOutput<typeof ruleSchema>): Rule => r;
void _packFits;
void _ruleFits;
