// The 47 hostile packs of the security review (§3), as files. Each entry is [name, () => text];
// `scale` (0 < scale ≤ 1) shrinks the big ones for a quick run. The texts are built lazily so a
// run can pick a few packs without building 130 MB.

const rule = (id, extra = {}) => ({
  id,
  severity: 'warning',
  match: { kind: 'phrase', phrases: ['es nezinu'] },
  reason: { lv: 'Iemesls.', en: 'Reason.' },
  replacements: ['Noskaidrošu'],
  ...extra,
});

const pack = (rules, extra = {}) => ({
  format: 'laipni-pack/1',
  id: 'hostile.pack',
  name: 'Hostile',
  version: '1.0.0',
  author: 'review',
  language: 'lv',
  rules,
  ...extra,
});

const json = (value) => JSON.stringify(value);
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const COMMON = ['un', 'ir', 'es', 'ka', 'ar', 'par', 'uz', 'no', 'lai', 'to', 'kas', 'bet'];
const commonWord = (i) => `${COMMON[i % COMMON.length]}${i < COMMON.length ? '' : i}`;

/** A repeated string built without one giant template literal per call. */
const big = (n, unit = 'a') => unit.repeat(Math.max(1, Math.round(n / unit.length)));

export function hostilePacks(scale = 1) {
  const n = (full, min = 1) => Math.max(min, Math.round(full * scale));
  const MB = 1024 * 1024;
  return [
    ['01-string-50mb', () => json(pack([rule('a', { reason: { lv: big(n(50 * MB)) } })]))],
    ['02-string-15mb', () => json(pack([rule('a', { reason: { lv: big(n(15 * MB)) } })]))],
    ['03-rules-1e6', () => json(pack(times(n(1e6), (i) => rule(`r${i}`))))],
    ['04-rules-20001', () => json(pack(times(20_001, (i) => rule(`r${i}`))))],
    ['05-rules-20000-valid', () => json(pack(times(n(20_000), (i) => rule(`r${i}`))))],
    ['06-deep-array-1e5', () => '['.repeat(1e5) + ']'.repeat(1e5)],
    ['07-deep-object-1e6', () => '{"a":'.repeat(n(1e6)) + '1' + '}'.repeat(n(1e6))],
    ['08-deep-array-8e6', () => '['.repeat(n(8e6)) + ']'.repeat(n(8e6))],
    ['09-proto-top', () => json(pack([rule('a')])).replace('{', '{"__proto__":{"polluted":1},')],
    [
      '10-proto-in-rule',
      () => json(pack([rule('a')])).replace('{"id":"a"', '{"__proto__":{"x":1},"id":"a"'),
    ],
    [
      '11-constructor-key',
      () => json(pack([rule('a')])).replace('"kind":"phrase"', '"constructor":1,"kind":"phrase"'),
    ],
    ['12-prototype-key', () => json({ ...pack([rule('a')]), prototype: {} })],
    [
      '13-bidi-override',
      () =>
        json(
          pack([rule('a', { replacements: ['Zvaniet \u202E00009 009\u202C'] })], {
            name: 'Bidi \u2066x\u2069',
          }),
        ),
    ],
    [
      '14-zwj-phrase',
      () => json(pack([rule('a', { match: { kind: 'phrase', phrases: ['es\u200Dnezinu'] } })])),
    ],
    [
      '15-combining-only-phrase',
      () => json(pack([rule('a', { match: { kind: 'phrase', phrases: ['\u0301\u0301'] } })])),
    ],
    [
      '16-zalgo-reason',
      () => json(pack([rule('a', { reason: { lv: 'Z' + '\u0301'.repeat(3900) } })])),
    ],
    ['17-lone-surrogates', () => json(pack([rule('a', { replacements: ['Labi \uD83D'] })]))],
    [
      '18-nfd-phrase',
      () =>
        json(
          pack([rule('a', { match: { kind: 'phrase', phrases: ['me\u0304s nezina\u0304m'] } })]),
        ),
    ],
    [
      '19-homoglyphs',
      () =>
        json(
          pack([
            rule('a', {
              match: { kind: 'phrase', phrases: ['ｅｓ ｎｅｚｉｎｕ', '\u0435s n\u0435zinu'] },
            }),
          ]),
        ),
    ],
    [
      '20-empty-phrase',
      () => json(pack([rule('a', { match: { kind: 'phrase', phrases: [''] } })])),
    ],
    [
      '21-space-phrase',
      () => json(pack([rule('a', { match: { kind: 'phrase', phrases: [' '] } })])),
    ],
    [
      '22-punctuation-phrase',
      () => json(pack([rule('a', { match: { kind: 'phrase', phrases: ['!?.'] } })])),
    ],
    [
      '23-single-letter-phrases',
      () => json(pack([rule('a', { match: { kind: 'phrase', phrases: ['a', 'es', 'ir', '1'] } })])),
    ],
    [
      '24-2000-common-words',
      () =>
        json(pack([rule('a', { match: { kind: 'phrase', phrases: times(2000, commonWord) } })])),
    ],
    [
      '25-count-min1-common',
      () =>
        json(
          pack([rule('a', { match: { kind: 'count', words: times(2000, commonWord), min: 1 } })]),
        ),
    ],
    [
      '26-cooccurrence-wide',
      () =>
        json(
          pack([
            rule('a', {
              match: {
                kind: 'cooccurrence',
                first: times(2000, commonWord),
                second: times(2000, (i) => commonWord(i + 7)),
                window: 50,
              },
            }),
          ]),
        ),
    ],
    [
      '27-long-phrases',
      () =>
        json(
          pack([
            rule('a', {
              match: { kind: 'phrase', phrases: times(2000, (i) => `${i} ${big(190, 'ab ')}`) },
            }),
          ]),
        ),
    ],
    [
      '28-400k-phrases',
      () =>
        json(
          pack(
            times(n(200), (r) =>
              rule(`r${r}`, {
                match: { kind: 'phrase', phrases: times(2000, (i) => `v${r}x${i}`) },
              }),
            ),
          ),
        ),
    ],
    [
      '29-20000-detectors',
      () =>
        json(
          pack(
            times(n(20_000), (i) =>
              rule(`d${i}`, {
                match:
                  i % 3 === 0
                    ? { kind: 'all-caps', minWords: 2 }
                    : i % 3 === 1
                      ? { kind: 'imperative' }
                      : { kind: 'punctuation-run', minMarks: 2 },
              }),
            ),
          ),
        ),
    ],
    ['30-examples-heavy', () => json(pack(examplesHeavy(n(3000)), { id: 'hostile.examples' }))],
    ['31-template-constructor', () => json(pack([rule('a', { replacements: ['{constructor}'] })]))],
    [
      '32-template-proto-examples',
      () =>
        json(
          pack([
            rule('a', {
              replacements: ['{toString} {valueOf}'],
              examples: { match: ['Es nezinu.'] },
            }),
          ]),
        ),
    ],
    [
      '33-template-nesting',
      () =>
        json(
          pack([
            rule('a', {
              replacements: ['{{x}}', '«{«{x}»}»', '{__proto__}', `{${'n'.repeat(3990)}}`],
            }),
          ]),
        ),
    ],
    [
      '34-html-in-strings',
      () =>
        json(
          pack([
            rule('a', {
              reason: { lv: '<img src=x onerror=alert(1)>' },
              replacements: ['<script>alert(1)</script>', 'javascript:alert(1)'],
            }),
          ]),
        ),
    ],
    [
      '35-library-checklist-templates',
      () =>
        json(
          pack([rule('a')], {
            phrases: [
              { id: 'p1', situation: 'other', text: 'Sveiki {toString}', abbreviation: 'un' },
            ],
            checklists: { opening: [{ id: 'c1', text: { lv: 'Sakiet {constructor}' } }] },
          }),
        ),
    ],
    ['36-builtin-id', () => json(pack([rule('a')], { id: 'laipni-handbook', version: '999.0.0' }))],
    ['37-min-engine-999', () => json(pack([rule('a')], { minEngineVersion: '999.0.0' }))],
    ['38-version-overflow', () => json(pack([rule('a')], { version: `${'9'.repeat(400)}.0.0` }))],
    [
      '39-keys-65',
      () => json(pack([rule('a', { match: { kind: 'phrase', ...keys65(), phrases: ['x'] } })])),
    ],
    [
      '40-array-20001',
      () =>
        json(
          pack([rule('a')], {
            changelog: times(20_001, () => ({ version: '1.0.0', notes: { lv: 'x' } })),
          }),
        ),
    ],
    ['41-duplicate-keys', () => json(pack([rule('a')])).replace('{', '{"id":"first.id",')],
    [
      '42-infinite-number',
      () => json(pack([rule('a')], { priority: 1 })).replace('"priority":1', '"priority":1e999'),
    ],
    ['43-bom', () => '\uFEFF' + json(pack([rule('a')]))],
    ['44-null', () => 'null'],
    ['45-empty', () => ''],
    [
      '46-lock-builtin-rules',
      () => json(pack([rule('a')], { locked: ['es-nezinu', 'greeting-hallo'], priority: 1000 })),
    ],
    [
      '47-override-builtin-rule',
      () =>
        json(pack([rule('es-nezinu', { replacements: ['Zvaniet uz 90000000 (maksas numurs)'] })])),
    ],
  ];
}

function keys65() {
  const out = {};
  for (let i = 0; i < 65; i++) out[`k${i}`] = 1;
  return out;
}

/**
 * Rules with five ~1 KB examples each; every example has capitals, imperatives and «!!!», so
 * each detector compiled for the examples works on every sentence of every example.
 */
function examplesHeavy(count) {
  const sentence = 'Labdien, es nezinu, LŪDZU SAMAKSĀJIET TŪLĪT!!! Atsūtiet rēķinu šodien. ';
  const text = (i, j) => `${sentence.repeat(12)}Paldies ${i}-${j}!`;
  return times(count, (i) =>
    rule(`e${i}`, {
      match:
        i % 3 === 0
          ? { kind: 'phrase', phrases: ['es nezinu'] }
          : i % 3 === 1
            ? { kind: 'all-caps', minWords: 2 }
            : { kind: 'imperative' },
      examples: { match: times(5, (j) => text(i, j)) },
    }),
  );
}
