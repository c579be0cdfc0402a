/**
 * Real-text measure: every sentence of the shared real-text set (Latvian software translations
 * nobody here wrote) checked as one message with the built-in pack and no context; flags per
 * 1,000 sentences per rule, and false alarms per 1,000 estimated from the judgments kept in
 * eval/latvian/realtext-judgments.tsv. Flags no judgment covers are counted and listed: judge
 * them and add them to the file, so the figure stays reproducible.
 *
 * Options: --realtext FILE (default ../shared/latvian/realtext-dev.tsv or $LAIPNI_REALTEXT),
 * --list unjudged|fp|tp (print those flags as judgment rows), --by-package.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createChecker } from '../lib/core/engine';
import { judgmentRow, parseJudgments } from './lib/judgments';
import { parseRealText, perThousand, scoreRealText } from './lib/realtext';
import { table } from '../bench/measure';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const file =
  option('realtext') ??
  process.env.LAIPNI_REALTEXT ??
  resolve('..', 'shared', 'latvian', 'realtext-dev.tsv');
const judgmentsFile = resolve('eval', 'latvian', 'realtext-judgments.tsv');

const sentences = parseRealText(readFileSync(file, 'utf8'));
const judgments = parseJudgments(readFileSync(judgmentsFile, 'utf8'));
const checker = createChecker();
const result = scoreRealText(sentences, (text) => checker.check(text), judgments);
const n = result.sentences;

let flags = 0;
let tp = 0;
let fp = 0;
let unjudged = 0;
const rows = [...result.byRule.entries()]
  .sort((a, b) => b[1].flags - a[1].flags || a[0].localeCompare(b[0]))
  .map(([rule, t]) => {
    flags += t.flags;
    tp += t.tp;
    fp += t.fp;
    unjudged += t.unjudged;
    return [
      rule,
      `${t.flags}`,
      perThousand(t.flags, n),
      `${t.tp}`,
      `${t.fp}`,
      `${t.unjudged}`,
      perThousand(t.fp, n),
    ];
  });
rows.push([
  'total',
  `${flags}`,
  perThousand(flags, n),
  `${tp}`,
  `${fp}`,
  `${unjudged}`,
  perThousand(fp, n),
]);

console.log(`real text: ${file}`);
console.log(
  `sentences ${n}; flagged sentences ${result.flaggedSentences} (${perThousand(result.flaggedSentences, n)} per 1,000); judgments ${judgments.size}`,
);
console.log('\nflags per rule (each sentence checked as one message, no context)');
console.log(table(['rule', 'flags', 'flags/1000', 'tp', 'fp', 'unjudged', 'fp/1000'], rows));
console.log(`\nflags per 1,000 sentences: ${perThousand(flags, n)}`);
console.log(`estimated false alarms per 1,000 sentences: ${perThousand(fp, n)}`);
console.log(
  unjudged === 0
    ? 'unjudged flags: 0'
    : `unjudged flags: ${unjudged} (${result.unjudged.length} distinct); if all were false alarms: ${perThousand(fp + unjudged, n)} per 1,000 — run with --list unjudged, judge them and add them to ${judgmentsFile}`,
);
if (result.fpPatterns.size > 0) {
  console.log('\nfalse alarms by pattern');
  console.log(
    table(
      ['pattern', 'fp', 'fp/1000'],
      [...result.fpPatterns.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([p, c]) => [p, `${c}`, perThousand(c, n)]),
    ),
  );
}

if (args.includes('--by-package')) {
  const perPackage = new Map<string, { sentences: number; flags: number }>();
  for (const s of sentences) {
    const p = perPackage.get(s.pkg) ?? { sentences: 0, flags: 0 };
    p.sentences++;
    p.flags += checker.check(s.text).length;
    perPackage.set(s.pkg, p);
  }
  console.log('\nflags per package');
  console.log(
    table(
      ['package', 'sentences', 'flags', 'flags/1000'],
      [...perPackage.entries()].map(([pkg, p]) => [
        pkg,
        `${p.sentences}`,
        `${p.flags}`,
        perThousand(p.flags, p.sentences),
      ]),
    ),
  );
}

const list = option('list');
if (list === 'unjudged') {
  console.log('\nunjudged flags (rule, verdict, pattern, flagged, sentence):');
  for (const u of result.unjudged) console.log(judgmentRow({ ...u, verdict: 'fp', pattern: '?' }));
} else if (list === 'fp' || list === 'tp') {
  console.log(`\n${list} flags:`);
  const seen = new Set<string>();
  for (const j of result.judged) {
    const row = judgmentRow(j);
    if (j.verdict === list && !seen.has(row)) {
      seen.add(row);
      console.log(row);
    }
  }
}
