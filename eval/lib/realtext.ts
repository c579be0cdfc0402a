import type { Finding } from '../../lib/core/model/finding';
import { judgmentKey, type Judgment } from './judgments';

/** One sentence of the real-text set (`package<TAB>sentence`). */
export interface RealSentence {
  pkg: string;
  text: string;
}

export function parseRealText(tsv: string): RealSentence[] {
  const out: RealSentence[] = [];
  for (const line of tsv.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`realtext: no tab in «${line.slice(0, 40)}»`);
    out.push({ pkg: line.slice(0, tab), text: line.slice(tab + 1) });
  }
  return out;
}

export interface RuleTally {
  flags: number;
  tp: number;
  fp: number;
  unjudged: number;
}

export interface RealTextResult {
  sentences: number;
  flaggedSentences: number;
  byRule: Map<string, RuleTally>;
  /** fp flags by the judged pattern. */
  fpPatterns: Map<string, number>;
  /** Flags no judgment covers, one per distinct key. */
  unjudged: { rule: string; flagged: string; sentence: string }[];
  /** Judged flags, in the order met (to list false alarms). */
  judged: Judgment[];
}

/** Checks every sentence as one message and scores the flags with the judgments. */
export function scoreRealText(
  sentences: readonly RealSentence[],
  check: (text: string) => Finding[],
  judgments: ReadonlyMap<string, Judgment>,
): RealTextResult {
  const byRule = new Map<string, RuleTally>();
  const fpPatterns = new Map<string, number>();
  const unjudged = new Map<string, { rule: string; flagged: string; sentence: string }>();
  const judged: Judgment[] = [];
  let flaggedSentences = 0;
  for (const s of sentences) {
    const findings = check(s.text);
    if (findings.length > 0) flaggedSentences++;
    for (const f of findings) {
      let tally = byRule.get(f.ruleId);
      if (!tally) byRule.set(f.ruleId, (tally = { flags: 0, tp: 0, fp: 0, unjudged: 0 }));
      tally.flags++;
      const key = judgmentKey(f.ruleId, f.text, s.text);
      const j = judgments.get(key);
      if (!j) {
        tally.unjudged++;
        unjudged.set(key, { rule: f.ruleId, flagged: f.text, sentence: s.text });
        continue;
      }
      judged.push(j);
      if (j.verdict === 'tp') tally.tp++;
      else {
        tally.fp++;
        fpPatterns.set(j.pattern, (fpPatterns.get(j.pattern) ?? 0) + 1);
      }
    }
  }
  return {
    sentences: sentences.length,
    flaggedSentences,
    byRule,
    fpPatterns,
    unjudged: [...unjudged.values()],
    judged,
  };
}

export function perThousand(count: number, sentences: number): string {
  return ((count / sentences) * 1000).toFixed(2);
}
