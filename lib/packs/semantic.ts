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

function findDuplicateIds(
  items: Array<{ value: unknown; path: PathKey[] }>,
  label: { lv: string; en: string },
): PackProblem[] {
  const first = new Map<string, string>();
  const errors: PackProblem[] = [];
  for (const { value, path } of items) {
    if (!isRecord(value) || typeof value.id !== 'string') continue;
    const at = formatPath([...path, 'id']);
    const earlier = first.get(value.id);
    if (earlier === undefined) first.set(value.id, formatPath(path));
    else {
      errors.push(
        problem(
          at,
          `${label.lv} «${value.id}» atkārtojas; tas jau ir ${earlier}.`,
          `${label.en} "${value.id}" is repeated; it is already used at ${earlier}.`,
        ),
      );
    }
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
];
const GUARD_KEYS = ['notFollowedBy', 'notPrecededBy', 'exclude', 'sentenceWith', 'sentenceWithout'];
/** Signs of a regular expression written where a literal phrase belongs. */
const LOOKS_LIKE_REGEX = /\\[bBwWdDsSp]|\.[*+?]|\(\?|\[\^|^\/.+\/[a-z]*$|[|^$]/;

interface PhraseSite {
  text: string;
  path: PathKey[];
}

/** Every literal phrase of a rule with its path (time-greeting phrases are one level deeper). */
function rulePhrases(rule: unknown, base: PathKey[]): PhraseSite[] {
  const out: PhraseSite[] = [];
  const collect = (list: unknown[], path: PathKey[]) =>
    list.forEach((item, i) => {
      if (typeof item === 'string') out.push({ text: item, path: [...path, i] });
      else if (isRecord(item)) collect(arrayAt(item, 'phrases'), [...path, i, 'phrases']);
    });
  if (!isRecord(rule)) return out;
  for (const key of PHRASE_LIST_KEYS) collect(arrayAt(rule.match, key), [...base, 'match', key]);
  for (const key of GUARD_KEYS) collect(arrayAt(rule.guards, key), [...base, 'guards', key]);
  return out;
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
  rules.forEach((rule, i) => {
    const phrases = rulePhrases(rule, ['rules', i]);
    total += phrases.length;
    for (const phrase of phrases) {
      if (!LOOKS_LIKE_REGEX.test(phrase.text)) continue;
      warnings.push(
        problem(
          formatPath(phrase.path),
          'Frāze izskatās pēc regulārās izteiksmes, bet tiek meklēta burtiski kā teksts.',
          'The phrase looks like a regular expression, but it is matched literally as text.',
        ),
      );
    }
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
  return { errors, warnings };
}
