import * as v from 'valibot';
import { CHANNELS, PHASES, VARIABLE_NAMES } from '../model/pack';
import { CAPTURE_KINDS, SCRIPT_SITUATIONS, type Script, type ScriptCapture } from '../model/script';
import { bi } from '../packs/issue-text';
import { PACK_LIMITS } from '../packs/limits';
import { siteScopeSchema } from '../packs/site-scope';
import { clip } from '../packs/problems';
import {
  cleanChars,
  ITEM_ID_PATTERN,
  localizedSchema,
  phraseSchema,
  strict,
  text,
} from '../packs/schema-parts';
import { SCRIPT_LIMITS as L } from './limits';
import { SLOT_NAME_PATTERN } from './slots';

/**
 * The valibot schema of a script, to be plugged into `laipni-pack/2` as `scripts`. Strict
 * objects and bounded sizes, as the pack schema; the graph (targets, reachability, slots) is
 * checked afterwards by validate.ts, which can name the step ids involved.
 */

const list = <T extends v.GenericSchema>(item: T, max: number, min = 0) =>
  v.pipe(v.array(item), v.minLength(min), v.maxLength(max));

const itemId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(100),
  v.regex(
    ITEM_ID_PATTERN,
    bi(
      'Identifikatorā drīkst būt tikai latīņu burti, cipari, defises, punkti un pasvītras.',
      'An id may contain only Latin letters, digits, hyphens, dots and underscores.',
    ),
  ),
);

const fieldId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(64),
  v.regex(
    SLOT_NAME_PATTERN,
    bi(
      'Lauka nosaukumā drīkst būt tikai latīņu burti, cipari un pasvītras, un tam jāsākas ar burtu (piem., «contractNumber»): tas ir arī mainīgais {contractNumber}.',
      'A field name may contain only Latin letters, digits and underscores and must start with a letter (e.g. "contractNumber"): it is also the slot {contractNumber}.',
    ),
  ),
);

/** What is said, inserted or written into the CRM: no control or bidi characters. */
const sayText = v.pipe(text(L.maxText), cleanChars(true));
const sayList = list(sayText, L.maxSayVariants, 1);
const phraseList = list(phraseSchema, PACK_LIMITS.maxPhrasesPerList);

const w = (lv: string, en: string) => ({ lv, en });
const captureBase = { id: fieldId, label: localizedSchema, required: v.optional(v.boolean()) };

const captureSchema = v.variant(
  'kind',
  [
    strict(
      {
        ...captureBase,
        kind: v.literal('text'),
        maxLength: v.optional(
          v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(L.maxCaptureText)),
        ),
      },
      w('teksta lauks', 'text field'),
    ),
    strict(
      {
        ...captureBase,
        kind: v.literal('number'),
        min: v.optional(v.pipe(v.number(), v.finite())),
        max: v.optional(v.pipe(v.number(), v.finite())),
        integer: v.optional(v.boolean()),
      },
      w('skaitļa lauks', 'number field'),
    ),
    strict(
      { ...captureBase, kind: v.literal('date'), notPast: v.optional(v.boolean()) },
      w('datuma lauks', 'date field'),
    ),
    strict(
      {
        ...captureBase,
        kind: v.literal('choice'),
        options: list(
          strict({ id: itemId, label: localizedSchema }, w('izvēles variants', 'choice option')),
          L.maxChoiceOptions,
          1,
        ),
      },
      w('izvēles lauks', 'choice field'),
    ),
    strict({ ...captureBase, kind: v.literal('yesno') }, w('jā/nē lauks', 'yes/no field')),
  ],
  (issue) => {
    const kinds = CAPTURE_KINDS.join(', ');
    const received = clip(issue.received, 40);
    return issue.expected === 'Object'
      ? bi(
          `Laukam jābūt objektam ar «kind»; iespējamie veidi: ${kinds}.`,
          `A field must be an object with a "kind"; the kinds are: ${kinds}.`,
        )
      : bi(
          `Nezināms lauka veids ${received}; iespējamie veidi: ${kinds}.`,
          `Unknown field kind ${received}; the kinds are: ${kinds}.`,
        );
  },
);

const answerSchema = strict(
  { id: itemId, label: localizedSchema, next: itemId },
  w('klienta atbilde', 'answer'),
);

export const scriptStepSchema = strict(
  {
    id: itemId,
    title: localizedSchema,
    phase: v.picklist(PHASES),
    say: sayList,
    notes: v.optional(localizedSchema),
    required: v.optional(v.boolean()),
    compliance: v.optional(v.boolean()),
    detect: v.optional(
      strict(
        {
          phrases: v.optional(phraseList),
          variables: v.optional(list(v.picklist(VARIABLE_NAMES), VARIABLE_NAMES.length)),
        },
        w('atpazīšana', 'detect'),
      ),
    ),
    captures: v.optional(list(captureSchema, L.maxCaptures)),
    answers: v.optional(list(answerSchema, L.maxAnswers)),
    next: v.optional(itemId),
    outcomes: v.optional(list(itemId, L.maxOutcomes)),
  },
  w('skripta solis', 'script step'),
);

const objectionSchema = strict(
  {
    id: itemId,
    label: localizedSchema,
    say: sayList,
    notes: v.optional(localizedSchema),
    returnTo: v.optional(itemId),
  },
  w('iebildumu kartīte', 'objection card'),
);

const outcomeSchema = strict(
  {
    id: itemId,
    label: localizedSchema,
    requires: v.optional(list(fieldId, L.maxRequires)),
    note: v.optional(sayText),
  },
  w('iznākums', 'outcome'),
);

export const scriptSchema = strict(
  {
    id: itemId,
    name: localizedSchema,
    description: v.optional(localizedSchema),
    appliesTo: v.optional(
      strict(
        {
          direction: v.optional(v.picklist(['inbound', 'outbound', 'any'])),
          channels: v.optional(list(v.picklist(CHANNELS), CHANNELS.length)),
          situations: v.optional(list(v.picklist(SCRIPT_SITUATIONS), SCRIPT_SITUATIONS.length)),
          siteProfiles: v.optional(list(text(L.maxShortText), L.maxSiteProfiles)),
        },
        w('kad skripts der', 'applies to'),
      ),
    ),
    sites: v.optional(siteScopeSchema),
    start: itemId,
    repeatStart: v.optional(itemId),
    resumeStart: v.optional(itemId),
    steps: list(scriptStepSchema, L.maxSteps, 1),
    objections: v.optional(list(objectionSchema, L.maxObjections)),
    outcomes: list(outcomeSchema, L.maxOutcomes, 1),
    note: sayText,
    locked: v.optional(v.boolean()),
  },
  w('skripts', 'script'),
);

export const scriptsSchema = list(scriptSchema, L.maxScripts);

// Compile-time guard: what the schema lets through is a `Script`.
const _scriptFits = (s: v.InferOutput<typeof scriptSchema>): Script => s;
const _captureFits = (c: v.InferOutput<typeof captureSchema>): ScriptCapture => c;
void _scriptFits;
void _captureFits;
