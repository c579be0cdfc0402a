import type { CheckContext } from '../../lib/core/engine';
import type { Finding } from '../../lib/core/model/finding';

/** A labelled agent sentence: the rules it should raise, in its context. */
export interface LabelledSample {
  text: string;
  expect: string[];
  context?: CheckContext;
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface AgentResult {
  samples: number;
  byRule: Map<string, RuleScore>;
  total: RuleScore;
  /** «FP rule #index text» / «FN …» lines. */
  errors: string[];
}

/** Scores (sample, rule) pairs: a rule raised several times on one sample counts once. */
export function scoreSamples(
  samples: readonly LabelledSample[],
  check: (text: string, context: CheckContext) => Finding[],
): AgentResult {
  const byRule = new Map<string, RuleScore>();
  const total: RuleScore = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  const score = (rule: string): RuleScore => {
    let s = byRule.get(rule);
    if (!s) byRule.set(rule, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  samples.forEach((sample, index) => {
    const found = new Set(check(sample.text, sample.context ?? {}).map((f) => f.ruleId));
    const wanted = new Set(sample.expect);
    for (const rule of wanted) score(rule);
    for (const rule of found) {
      if (wanted.has(rule)) {
        score(rule).tp++;
        total.tp++;
      } else {
        score(rule).fp++;
        total.fp++;
        errors.push(`FP ${rule.padEnd(22)} #${index} ${JSON.stringify(sample.text)}`);
      }
    }
    for (const rule of wanted) {
      if (found.has(rule)) continue;
      score(rule).fn++;
      total.fn++;
      errors.push(`FN ${rule.padEnd(22)} #${index} ${JSON.stringify(sample.text)}`);
    }
  });
  return { samples: samples.length, byRule, total, errors };
}

export function precision(s: RuleScore): number | null {
  return s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp);
}

export function recall(s: RuleScore): number | null {
  return s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn);
}
