import { PACK_FORMAT, PACK_FORMAT_V2 } from '../model/pack';
import { characterWarnings } from './char-warnings';
import { detectorProblem, phraseWords, wordsProblem } from './pack-cost';
import { PACK_LIMITS, type PackLimits } from './limits';
import { formatPath, problem, type PackProblem, type PathKey } from './problems';
import { compareSemver, isSemver } from './semver';

/**
 * Checks that need the whole document (duplicates, totals, engine version). They read the raw
 * value defensively, so they run even when the schema found other errors and the person sees
 * every error at once.
 */

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayAt(value: unknown, key: string): unknown[] {
  if (!isRecord(value)) return [];
  const found = value[key];
  return Array.isArray(found) ? found : [];
}

/**
 * A problem for each item whose `key` (a string; `id` unless said) repeats an earlier item's,
 * pointing at both. Items that are not records or lack the key are skipped.
 */
export function findDuplicateIds(
  items: ReadonlyArray<{ value: unknown; path: PathKey[] }>,
  label: { lv: string; en: string },
  key = 'id',
): PackProblem[] {
  const first = new Map<string, PathKey[]>();
  const errors: PackProblem[] = [];
  for (const { value, path } of items) {
    const id = isRecord(value) ? value[key] : undefined;
    if (typeof id !== 'string') continue;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, path);
      continue;
    }
    errors.push(
      problem(
        formatPath([...path, key]),
        `${label.lv} «${id}» atkārtojas; tas jau ir ${formatPath(earlier)}.`,
        `${label.en} "${id}" is repeated; it is already used at ${formatPath(earlier)}.`,
      ),
    );
  }
  return errors;
}

const PHRASE_LIST_KEYS = [
  'phrases',
  'first',
  'second',
  'standalone',
  'exempt',
  'words',
  'greetings',
  'expected',
  'after',
  'verbs',
  'lemmas',
];
const GUARD_KEYS = ['notFollowedBy', 'notPrecededBy', 'exclude', 'sentenceWith', 'sentenceWithout'];
/** Signs of a regular expression written where a literal phrase belongs. */
const LOOKS_LIKE_REGEX = /\\[bBwWdDsSp]|\.[*+?]|\(\?|\[\^|^\/.+\/[a-z]*$|[|^$]/;

/**
 * Calls `visit` with every literal phrase of a rule (time-greeting phrases are one level deeper).
 * The path is built only when asked for: this runs over every phrase of a 20,000-rule pack.
 */
function eachRulePhrase(rule: unknown, visit: (text: string, path: () => PathKey[]) => void): void {
  const walk = (list: unknown[], path: () => PathKey[]) => {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string') visit(item, () => [...path(), i]);
      else if (isRecord(item)) {
        walk(arrayAt(item, 'phrases'), () => [...path(), i, 'phrases']);
        walk(arrayAt(item, 'forms'), () => [...path(), i, 'forms']);
      }
    }
  };
  if (!isRecord(rule)) return;
  for (const key of PHRASE_LIST_KEYS) walk(arrayAt(rule.match, key), () => ['match', key]);
  for (const key of GUARD_KEYS) walk(arrayAt(rule.guards, key), () => ['guards', key]);
}

/** A format 1 pack with `scripts`: the format says what a pack may hold. */
function scriptsFormatProblem(doc: Raw): PackProblem | null {
  if (doc.format !== PACK_FORMAT || !('scripts' in doc)) return null;
  return problem(
    'scripts',
    `Skripti ir tikai «${PACK_FORMAT_V2}» pakās: nomainiet «format» uz «${PACK_FORMAT_V2}».`,
    `Scripts need a "${PACK_FORMAT_V2}" pack: change "format" to "${PACK_FORMAT_V2}".`,
  );
}

export interface SemanticOptions {
  engineVersion: string;
  limits?: PackLimits;
}

export function checkSemantics(
  doc: unknown,
  options: SemanticOptions,
): { errors: PackProblem[]; warnings: PackProblem[] } {
  const limits = options.limits ?? PACK_LIMITS;
  const errors: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  if (!isRecord(doc)) return { errors, warnings };

  const rules = arrayAt(doc, 'rules');
  errors.push(
    ...findDuplicateIds(
      rules.map((value, i) => ({ value, path: ['rules', i] })),
      { lv: 'Noteikuma identifikators', en: 'Rule id' },
    ),
  );

  const items: Array<{ value: unknown; path: PathKey[] }> = [];
  const checklists = doc.checklists;
  if (isRecord(checklists)) {
    for (const kind of Object.keys(checklists)) {
      arrayAt(checklists, kind).forEach((value, i) =>
        items.push({ value, path: ['checklists', kind, i] }),
      );
    }
  }
  errors.push(
    ...findDuplicateIds(items, {
      lv: 'Kontrolsaraksta punkta identifikators',
      en: 'Checklist item id',
    }),
  );
  errors.push(
    ...findDuplicateIds(
      arrayAt(doc, 'phrases').map((value, i) => ({ value, path: ['phrases', i] })),
      { lv: 'Frāzes identifikators', en: 'Phrase id' },
    ),
  );

  const misplaced = scriptsFormatProblem(doc);
  if (misplaced) errors.push(misplaced);

  const wanted = doc.minEngineVersion;
  if (
    typeof wanted === 'string' &&
    isSemver(wanted) &&
    compareSemver(wanted, options.engineVersion) > 0
  ) {
    errors.push(
      problem(
        'minEngineVersion',
        `Pakai vajag dzinēja versiju ${wanted} vai jaunāku, bet šī Laipni dzinēja versija ir ${options.engineVersion}. Atjauniniet Laipni.`,
        `The pack needs engine version ${wanted} or newer, but this Laipni engine is ${options.engineVersion}. Update Laipni.`,
      ),
    );
  }

  let total = 0;
  let words = 0;
  rules.forEach((rule, i) => {
    eachRulePhrase(rule, (text, path) => {
      total++;
      words += phraseWords(text);
      if (!LOOKS_LIKE_REGEX.test(text)) return;
      warnings.push(
        problem(
          formatPath(['rules', i, ...path()]),
          'Frāze izskatās pēc regulārās izteiksmes, bet tiek meklēta burtiski kā teksts.',
          'The phrase looks like a regular expression, but it is matched literally as text.',
        ),
      );
    });
  });
  if (total > limits.maxPhrasesTotal) {
    errors.push(
      problem(
        'rules',
        `Pakā ir par daudz frāžu (${total}; ne vairāk kā ${limits.maxPhrasesTotal}).`,
        `The pack has too many phrases (${total}; at most ${limits.maxPhrasesTotal}).`,
      ),
    );
  }
  const cost = [wordsProblem(words, limits), detectorProblem(rules, limits)];
  for (const found of cost) if (found) errors.push(found);
  warnings.push(...characterWarnings(doc, limits.maxReportedErrors));
  return { errors, warnings };
}
