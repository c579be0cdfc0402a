import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, type CheckContext } from '../../../../lib/core/engine';

interface Sample {
  text: string;
  expect: string[];
  context?: CheckContext;
}

const dir = join('tests', 'unit', 'core', 'engine', 'corpus');
const samples: (Sample & { file: string })[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) =>
    (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Sample[]).map((s) => ({ ...s, file })),
  );

describe('labelled corpus of agent sentences', () => {
  it('has at least 150 realistic samples from notes, chat, e-mail and calls', () => {
    expect(samples.length).toBeGreaterThanOrEqual(150);
  });

  it('precision and recall over (sample, rule) pairs', () => {
    const checker = createChecker();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const errors: string[] = [];
    for (const s of samples) {
      const found = new Set(checker.check(s.text, s.context ?? {}).map((f) => f.ruleId));
      const wanted = new Set(s.expect);
      for (const id of found) {
        if (wanted.has(id)) tp++;
        else {
          fp++;
          errors.push(`FP ${id}: ${JSON.stringify(s.text)} (${s.file})`);
        }
      }
      for (const id of wanted) {
        if (!found.has(id)) {
          fn++;
          errors.push(`FN ${id}: ${JSON.stringify(s.text)} (${s.file})`);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `corpus: ${samples.length} samples, TP ${tp}, FP ${fp}, FN ${fn}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (errors.length ? `\n  ${errors.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
