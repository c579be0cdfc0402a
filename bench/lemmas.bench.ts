/**
 * Lemma expansion, as `laipni build` and `laipni sign` run it: load the Latvian Hunspell
 * dictionary (dictionary-lv), then expand a pack of 2,000 rules, each naming one lemma taken
 * from the dictionary (every 33rd entry with affix flags: nouns, verbs, adjectives alike).
 * Printed beside its baseline, the dictionary load that any use of it costs, and against the
 * 1 s target. Then the command itself, `laipni build` in its own process, on that pack and on
 * 2,000 nouns (a pack within the phrase limits), beside `laipni validate` of the same file
 * (process start and validation without the dictionary). Also: how much the built-in pack grows
 * when its lemmas carry their forms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAffixes } from '../lib/core/lemmas/affixes';
import { parseDictionary } from '../lib/core/lemmas/dictionary';
import { lemmaExpander } from '../lib/core/lemmas/expander';
import { expandPackLemmas } from '../lib/core/lemmas/pack-lemmas';
import { median, table } from './measure';

const dir = 'node_modules/dictionary-lv';
const aff = readFileSync(`${dir}/index.aff`, 'utf8');
const dic = readFileSync(`${dir}/index.dic`, 'utf8');

/** Every 33rd entry with affix flags, or every 21st noun (part of speech «lietv»): 2,000 either way. */
function lemmaPack(count: number, nounsOnly = false): Record<string, unknown> {
  const words = dic
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('/') && (!nounsOnly || line.includes(' po:lietv')))
    .filter((_, i) => i % (nounsOnly ? 21 : 33) === 0)
    .slice(0, count)
    .map((line) => line.split('/')[0] as string);
  return {
    format: 'laipni-pack/1',
    id: 'bench.lemmas',
    name: 'Lemmas',
    version: '1.0.0',
    author: 'bench',
    language: 'lv',
    rules: words.map((lemma, i) => ({
      id: `lemma-${i}`,
      severity: 'info',
      match: { kind: 'phrase', phrases: [lemma], lemmas: [{ lemma }] },
      reason: { lv: 'Ģenerēts noteikums.' },
      replacements: [],
    })),
  };
}

const RUNS = 7;
const load: number[] = [];
const expand: number[] = [];
const total: number[] = [];
let forms = 0;
for (let run = 0; run < RUNS; run++) {
  const pack = lemmaPack(2000);
  const t0 = performance.now();
  const expander = lemmaExpander(parseAffixes(aff), parseDictionary(dic));
  const t1 = performance.now();
  const done = expandPackLemmas(pack, expander);
  const t2 = performance.now();
  forms = done.reduce((n, l) => n + l.forms, 0);
  load.push(t1 - t0);
  expand.push(t2 - t1);
  total.push(t2 - t0);
}

console.log(
  `machine: ${cpus().length} CPU(s), ${cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `dictionary: ${(aff.length / 1024).toFixed(0)} KB affixes, ${(dic.length / 1024).toFixed(0)} KB words; 2,000 lemmas → ${forms} forms (median of ${RUNS} runs, each in a fresh expander)\n`,
);
console.log('lemma expansion (median ms)');
console.log(
  table(
    ['step', 'ms'],
    [
      ['baseline: load the dictionary (parse .aff and .dic)', median(load)],
      ['expand 2,000 lemmas', median(expand)],
      ['load + expand (laipni build)', median(total)],
    ],
  ),
);
console.log(
  `\ntarget: a 2,000-lemma pack in ≤ 1,000 ms: ${median(total) <= 1000 ? 'met' : 'NOT met'}`,
);

// The command as a lead runs it: its own process, reading the dictionary from dictionary-lv.
const CLI_RUNS = 5;
const work = mkdtempSync(join(tmpdir(), 'laipni-lemmas-'));
function cliRun(args: string[]): { ms: number; status: number | null; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['bin/laipni.js', ...args], { encoding: 'utf8' });
  return { ms: performance.now() - t0, status: r.status, out: `${r.stdout}${r.stderr}` };
}
const cliRows: (string | number)[][] = [];
const notes: string[] = [];
try {
  for (const [label, pack] of [
    ['2,000 lemmas (mixed)', lemmaPack(2000)],
    ['2,000 nouns', lemmaPack(2000, true)],
  ] as const) {
    const file = join(work, 'pack.json');
    writeFileSync(file, JSON.stringify(pack));
    const validate: number[] = [];
    const build: number[] = [];
    let last = cliRun(['validate', file]);
    for (let run = 0; run < CLI_RUNS; run++) {
      validate.push(cliRun(['validate', file]).ms);
      last = cliRun(['build', file, '--out', join(work, 'built.json')]);
      build.push(last.ms);
    }
    const summary = last.out.trim().split('\n').filter(Boolean);
    cliRows.push([`baseline: laipni validate, ${label}`, median(validate)]);
    cliRows.push([`laipni build, ${label}`, median(build)]);
    notes.push(
      `${label}: laipni build exit ${last.status}: ${last.status === 0 ? (summary.at(-1) ?? '') : summary.slice(0, 3).join(' / ')}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`\nthe command in its own process (median wall ms of ${CLI_RUNS} runs)`);
console.log(table(['command', 'ms'], cliRows));
for (const note of notes) console.log(note);

// The built-in pack: its size as written (lemmas only) and as published (with their forms).
const builtin = JSON.parse(readFileSync('scripts-data/builtin-pack.json', 'utf8')) as {
  rules: { match: { lemmas?: { forms?: string[] }[]; [k: string]: unknown } }[];
};
const withForms = JSON.stringify(builtin);
const phrasesOf = (p: typeof builtin): number =>
  p.rules.reduce((n, r) => {
    let count = 0;
    for (const v of Object.values(r.match))
      if (Array.isArray(v) && typeof v[0] === 'string') count += v.length;
    for (const l of r.match.lemmas ?? []) count += l.forms?.length ?? 1;
    return n + count;
  }, 0);
const source = JSON.parse(withForms) as typeof builtin;
for (const r of source.rules) for (const l of r.match.lemmas ?? []) delete l.forms;
const withoutForms = JSON.stringify(source);
console.log('\nbuilt-in pack, lemmas without and with their forms');
console.log(
  table(
    ['pack', 'size bytes', 'phrase count'],
    [
      ['as written (lemmas only)', `${withoutForms.length}`, `${phrasesOf(source)}`],
      ['as published (with forms)', `${withForms.length}`, `${phrasesOf(builtin)}`],
    ],
  ),
);
console.log(
  `growth: ${(((withForms.length - withoutForms.length) / withoutForms.length) * 100).toFixed(1)} % in size, ${(((phrasesOf(builtin) - phrasesOf(source)) / phrasesOf(source)) * 100).toFixed(1)} % in phrases (target ≤ 20 %)`,
);
