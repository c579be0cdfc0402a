import fc from 'fast-check';
import {
  CHANNELS,
  PHASES,
  type Matcher,
  type Pack,
  type Rule,
} from '../../../../lib/core/model/pack';

/**
 * Random valid-looking packs for property tests: every match kind, guards, contexts and
 * examples, with words that collide the ways the engine cares about (folding, translit, shared
 * words) and a few words only rules use.
 */

const WORDS = [
  'šeit',
  'sheit',
  'seit',
  'ļoti',
  'ljoti',
  'loti',
  'kā',
  'kaa',
  'ka',
  'Jūs',
  'jus',
  'juus',
  'Jums',
  'es',
  'ES',
  'nezinu',
  'Nē',
  'ne',
  'labrīt',
  'labdien',
  'Jānis',
  'pieeja',
  'piedodiet',
  'atsūtiet',
  'LŪDZU',
  'SAMAKSĀJIET',
  'PVN',
  'vajag',
  'nav',
  'zvanu1',
  'a\u0304tri',
  'ātri',
];
/** Words only rules use: near misses of the example words, so many rules are left out. */
const RULE_ONLY = [
  'seits',
  'seiit',
  'šeiit',
  'lotii',
  'looti',
  'kaaa',
  'jusu',
  'rēķins',
  'klients',
  'Labrītiņ',
];
export const word = fc.constantFrom(...WORDS);
const ruleWord = fc.oneof(word, fc.constantFrom(...RULE_ONLY), fc.constantFrom(...RULE_ONLY));
export const phrase = fc
  .tuple(fc.array(ruleWord, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([ws, question]) => ws.join(' ') + (question ? '?' : ''));
const phrases = (min = 1) => fc.array(phrase, { minLength: min, maxLength: 3 });
const PUNCT = [' ', ' ', ', ', '. ', '! ', '?! ', '!!! ', ' «', '» ', ': ', '\n> '];
export const exampleText = fc
  .array(fc.tuple(word, fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));

const matcher: fc.Arbitrary<Matcher> = fc.oneof(
  phrases().map((p) => ({ kind: 'phrase' as const, phrases: p })),
  phrases().map((p) => ({ kind: 'standalone' as const, phrases: p })),
  fc
    .tuple(phrases(), phrases(), fc.integer({ min: 0, max: 3 }), phrases(0))
    .map(([first, second, window, standalone]) => ({
      kind: 'cooccurrence' as const,
      first,
      second,
      window,
      ...(standalone.length ? { standalone } : {}),
    })),
  phrases(0).map((exempt) => ({ kind: 'imperative' as const, exempt })),
  fc
    .tuple(phrases(), fc.integer({ min: 1, max: 3 }))
    .map(([words, min]) => ({ kind: 'count' as const, words, min, ignoreExactCase: ['ES'] })),
  phrases().map((p) => ({
    kind: 'time-greeting' as const,
    greetings: [{ phrases: p, from: '05:00', until: '11:00' }],
  })),
  phrases().map((greetings) => ({ kind: 'nominative-address' as const, greetings })),
  fc.integer({ min: 1, max: 3 }).map((minWords) => ({ kind: 'all-caps' as const, minWords })),
  fc
    .integer({ min: 2, max: 3 })
    .map((minMarks) => ({ kind: 'punctuation-run' as const, minMarks })),
  phrases().map((expected) => ({ kind: 'case' as const, expected })),
);

const rule = (i: number): fc.Arbitrary<Rule> =>
  fc
    .record({
      severity: fc.constantFrom('warning' as const, 'info' as const),
      match: matcher,
      enabled: fc.boolean(),
      guards: fc.option(fc.record({ exclude: phrases(0), notFollowedBy: phrases(0) })),
      phases: fc.option(fc.subarray([...PHASES], { minLength: 1 })),
      channels: fc.option(fc.subarray([...CHANNELS], { minLength: 1 })),
      scope: fc.option(fc.constantFrom('any' as const, 'first-sentence' as const)),
      examples: fc.option(
        fc.record({
          match: fc.array(exampleText, { maxLength: 3 }),
          noMatch: fc.array(exampleText, { maxLength: 2 }),
          context: fc.record(
            {
              phase: fc.constantFrom(...PHASES),
              channel: fc.constantFrom(...CHANNELS),
              time: fc.constantFrom('08:00', '15:00'),
              repeatCall: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
        }),
        { freq: 3 },
      ),
    })
    .map(({ severity, match, enabled, guards, phases, channels, scope, examples }) => {
      const out: Rule = {
        id: `r-${i}`,
        severity,
        match,
        reason: { lv: 'x' },
        replacements: ['y'],
      };
      if (!enabled) out.enabled = false;
      if (guards) out.guards = guards;
      if (phases) out.phases = phases;
      if (channels) out.channels = channels;
      if (scope) out.scope = scope;
      if (examples) out.examples = examples;
      return out;
    });

export const pack: fc.Arbitrary<Pack> = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rule(i))))
  .map((rules) => ({
    format: 'laipni-pack/1',
    id: 'scope.test',
    name: 'Scope',
    version: '1.0.0',
    author: 'test',
    language: 'lv',
    rules,
  }));
