/**
 * Agent text: precision and recall per rule on the team's labelled corpus
 * (tests/unit/core/engine/corpus/*.json) and on the agent batch written and labelled before the
 * rule changes (eval/latvian/agent-batch.json). Unit: a (sample, rule) pair. Every miss and
 * false alarm is listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../lib/core/engine';
import { precision, recall, scoreSamples, type LabelledSample } from './lib/agent';
import { table } from '../bench/measure';

const corpusDir = join('tests', 'unit', 'core', 'engine', 'corpus');
const corpora: [string, LabelledSample[]][] = [
  [
    'team corpus (tests/unit/core/engine/corpus)',
    readdirSync(corpusDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .flatMap((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as LabelledSample[]),
  ],
  [
    'agent batch (eval/latvian/agent-batch.json)',
    JSON.parse(
      readFileSync(join('eval', 'latvian', 'agent-batch.json'), 'utf8'),
    ) as LabelledSample[],
  ],
];

const checker = createChecker();
const fixed = (v: number | null): string => (v === null ? '-' : v.toFixed(3));

for (const [name, samples] of corpora) {
  const r = scoreSamples(samples, (text, context) => checker.check(text, context));
  console.log(`\n${name}: ${r.samples} samples`);
  const rows = [...r.byRule.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([rule, s]) => [
      rule,
      `${s.tp}`,
      `${s.fp}`,
      `${s.fn}`,
      fixed(precision(s)),
      fixed(recall(s)),
    ]);
  rows.push([
    'all rules',
    `${r.total.tp}`,
    `${r.total.fp}`,
    `${r.total.fn}`,
    fixed(precision(r.total)),
    fixed(recall(r.total)),
  ]);
  console.log(table(['rule', 'tp', 'fp', 'fn', 'P', 'R'], rows));
  if (r.errors.length > 0) console.log(`  ${r.errors.join('\n  ')}`);
}
