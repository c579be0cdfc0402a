import * as v from 'valibot';
import { PACK_LIMITS as L } from './limits';
import { bi } from './issue-text';
import { clip } from './problems';
import { SEMVER_PATTERN } from './semver';
import { unknownPlaceholders } from './placeholders';
import { badChar, badCharText } from './text-policy';

/**
 * The pieces every part of the pack schema is built from (the kinds' own fields too): strict
 * objects with bilingual messages, bounded texts, ids, phrases and clock times.
 */

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PACK_ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** Checklist items and library phrases: a little looser (camelCase and underscores occur). */
export const ITEM_ID_PATTERN = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
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

export const id = (pattern: RegExp, lv: string, en: string) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.regex(pattern, bi(lv, en)));

export const ruleIdSchema = id(
  RULE_ID_PATTERN,
  'Noteikuma identifikatorā drīkst būt tikai mazie latīņu burti, cipari un defises (piem., «es-nezinu»).',
  'A rule id may contain only lower-case Latin letters, digits and hyphens (e.g. "es-nezinu").',
);
export const packIdSchema = id(
  PACK_ID_PATTERN,
  'Pakas identifikatorā drīkst būt tikai mazie latīņu burti, cipari, defises un punkti (piem., «acme.sales»).',
  'A pack id may contain only lower-case Latin letters, digits, hyphens and dots (e.g. "acme.sales").',
);
export const itemIdSchema = id(
  ITEM_ID_PATTERN,
  'Identifikatorā drīkst būt tikai latīņu burti, cipari, defises, punkti un pasvītras.',
  'An id may contain only Latin letters, digits, hyphens, dots and underscores.',
);
export const semverSchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.regex(
    SEMVER_PATTERN,
    bi('Versijai jābūt semver formā, piem., «1.2.0».', 'A version must be semver, e.g. "1.2.0".'),
  ),
);
export const timeSchema = v.pipe(
  v.string(),
  v.regex(
    TIME_PATTERN,
    bi('Laikam jābūt formā «HH:MM» (00:00–23:59).', 'A time must be "HH:MM" (00:00–23:59).'),
  ),
);

/** Refuses the characters of text-policy.ts; `lines`: tab and newline are fine. */
export function cleanChars(lines: boolean) {
  return v.check(
    (s: string) => badChar(s, lines) === null,
    (issue: v.CheckIssue<string>) => {
      const found = badChar(String(issue.input), lines);
      const t = found
        ? badCharText(found)
        : { lv: 'Neatļauta rakstzīme.', en: 'A character that is not allowed.' };
      return bi(t.lv, t.en);
    },
  );
}

/** Refuses `{names}` outside `known`, naming them and the names there are. */
export function knownPlaceholders(known: ReadonlySet<string>) {
  const list = [...known].map((n) => `{${n}}`).join(', ');
  return v.check(
    (s: string) => unknownPlaceholders(s, known).length === 0,
    (issue: v.CheckIssue<string>) => {
      const names = unknownPlaceholders(String(issue.input), known)
        .map((n) => `{${clip(n, 40)}}`)
        .join(', ');
      return bi(
        `Nezināma aizstājvieta ${names}; zināmās: ${list}.`,
        `Unknown placeholder ${names}; the known ones are: ${list}.`,
      );
    },
  );
}

/** A text that is filled and inserted or shown: bounded, clean, only known placeholders. */
export function templateText(max: number, known: ReadonlySet<string>, min = 1) {
  return v.pipe(
    v.string(),
    v.minLength(min),
    v.maxLength(max),
    knownPlaceholders(known),
    cleanChars(true),
  );
}

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
  cleanChars(false),
);
export const phraseList = (min = 0) =>
  v.pipe(v.array(phraseSchema), v.minLength(min), v.maxLength(L.maxPhrasesPerList));
export const shortList = v.pipe(
  v.array(text(L.maxShortTextLength)),
  v.maxLength(L.maxPhrasesPerList),
);

export const localizedSchema = strict(
  { lv: text(L.maxTextLength), en: v.optional(text(L.maxTextLength)) },
  { lv: 'teksts latviski un angliski', en: 'text in Latvian and English' },
);

/** A localized text with placeholders (checklist items). */
export function localizedTemplate(known: ReadonlySet<string>) {
  return strict(
    {
      lv: templateText(L.maxTextLength, known),
      en: v.optional(templateText(L.maxTextLength, known)),
    },
    { lv: 'teksts latviski un angliski', en: 'text in Latvian and English' },
  );
}

export const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
