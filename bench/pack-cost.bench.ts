/**
 * What the worst packs the limits accept cost a frame: compile + the first check of a 35 KB note
 * (with the built-in pack, as the effective pack a frame gets) and the heap it keeps, each pack
 * in a fresh Node process (a frame compiles cold). Limits: lib/core/packs/limits.ts; target:
 * ≤ 200 ms and ≤ 32 MB.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import notes from '../tests/unit/core/engine/corpus/notes.json';
import { BUILTIN_PACK, createChecker } from '../lib/core/engine';
import type { Matcher, Pack, Rule } from '../lib/core/model/pack';
import { PACK_LIMITS as L } from '../lib/core/packs/limits';
import { validatePack } from '../lib/core/packs/validate';
import { table } from './measure';

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const rule = (id: string, match: Matcher): Rule => ({
  id,
  severity: 'warning',
  match,
  reason: { lv: 'Iemesls.' },
  replacements: ['Labāk'],
});
const pack = (rules: Rule[]): Pack => ({
  format: 'laipni-pack/1',
  id: 'worst',
  name: 'Worst',
  version: '1.0.0',
  author: 'bench',
  language: 'lv',
  rules,
});
const detector = (i: number): Matcher =>
  i % 3 === 0
    ? { kind: 'all-caps', minWords: 2 }
    : i % 3 === 1
      ? { kind: 'imperative' }
      : { kind: 'punctuation-run', minMarks: 2 };
/** Phrase lists of `words`-word phrases of unique words, `perList` phrases a rule. */
const phraseRules = (phrases: number, words: number, perList: number, from = 0): Rule[] =>
  times(Math.ceil(phrases / perList), (r) =>
    rule(`p${from + r}`, {
      kind: 'phrase',
      phrases: times(Math.min(perList, phrases - r * perList), (i) =>
        times(words, (w) => `v${r}x${i}w${w}`).join(' '),
      ),
    }),
  );

const WORST: Record<string, () => Pack> = {
  'built-in only': () => pack([]),
  [`${L.maxDetectorRules} detectors`]: () =>
    pack(times(L.maxDetectorRules, (i) => rule(`d${i}`, detector(i)))),
  [`${L.maxPhrasesTotal} phrases of unique words`]: () =>
    pack(
      phraseRules(
        L.maxPhrasesTotal,
        L.maxPhraseWordsTotal / L.maxPhrasesTotal,
        L.maxPhrasesPerList,
      ),
    ),
  [`${L.maxRules} rules, ${L.maxPhraseWordsTotal} words`]: () =>
    pack(phraseRules(L.maxRules, L.maxPhraseWordsTotal / L.maxRules, 1)),
  [`long phrases, ${L.maxPhraseWordsTotal} words`]: () =>
    pack(phraseRules(L.maxPhraseWordsTotal / 15, 15, L.maxPhrasesPerList)),
  [`${L.maxDetectorRules} detectors + ${L.maxRules - L.maxDetectorRules} rules`]: () =>
    pack([
      ...times(L.maxDetectorRules, (i) => rule(`d${i}`, detector(i))),
      ...phraseRules(L.maxRules - L.maxDetectorRules, L.maxPhraseWordsTotal / L.maxRules, 1),
    ]),
};

function note(): string {
  let text = '';
  for (let i = 0; text.length < 35 * 1024; i++) {
    const sample = (notes as { text: string }[])[i % notes.length];
    text += `${sample?.text ?? ''}${i % 20 === 0 ? ' Labdien, es nezinu. LŪDZU SAMAKSĀJIET!!!' : ''}\n`;
  }
  return text;
}

/** In the child: one pack, cold. Prints "ms MB valid". */
function measure(name: string): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const worst = (WORST[name] as () => Pack)();
  const valid = validatePack(worst, { runExamples: false }).ok;
  const text = note();
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const checker = createChecker({ packs: [BUILTIN_PACK, worst] });
  checker.check(text, { channel: 'note' });
  const ms = performance.now() - started;
  gc();
  const mb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  console.log(`${ms.toFixed(0)} ${mb.toFixed(1)} ${valid}`);
  void checker;
}

const child = process.argv[2];
if (child) measure(child);
else {
  const rows: string[][] = [];
  for (const name of Object.keys(WORST)) {
    const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), name], {
      encoding: 'utf8',
    });
    const [ms, mb, valid] = run.stdout.trim().split(' ');
    rows.push([name, valid === 'true' ? 'yes' : 'NO', `${ms} ms`, `${mb} MB`]);
  }
  console.log(`first check of a 35 KB note in a fresh process (target ≤ 200 ms, ≤ 32 MB)\n`);
  console.log(table(['pack', 'accepted', 'compile + first check', 'heap kept'], rows));
}
