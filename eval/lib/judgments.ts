/**
 * Judged flags of the real-text set: one row per flag, `rule verdict pattern flagged sentence`.
 * A flag is the same flag when its rule, its flagged text and its sentence are the same, so a
 * verdict given once applies wherever that flag comes back.
 */

export type Verdict = 'tp' | 'fp';

export interface Judgment {
  rule: string;
  verdict: Verdict;
  /** Why: the false-alarm pattern (guidance-imperative, acronym …) or the true flag's reason. */
  pattern: string;
  flagged: string;
  sentence: string;
}

export const JUDGMENTS_HEADER = 'rule\tverdict\tpattern\tflagged\tsentence';

export function judgmentKey(rule: string, flagged: string, sentence: string): string {
  return `${rule}\t${flagged}\t${sentence}`;
}

/** Parses the judgments file; a key judged twice must have one verdict (else it throws). */
export function parseJudgments(text: string): Map<string, Judgment> {
  const byKey = new Map<string, Judgment>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i === 0 || line === '') return;
    const [rule, verdict, pattern, flagged, sentence, ...rest] = line.split('\t');
    if (
      rule === undefined ||
      pattern === undefined ||
      flagged === undefined ||
      sentence === undefined ||
      rest.length > 0 ||
      (verdict !== 'tp' && verdict !== 'fp')
    )
      throw new Error(`judgments line ${i + 1}: expected 5 tab-separated fields, verdict tp/fp`);
    const key = judgmentKey(rule, flagged, sentence);
    const known = byKey.get(key);
    if (known && known.verdict !== verdict)
      throw new Error(`judgments line ${i + 1}: ${rule} «${flagged}» judged both tp and fp`);
    byKey.set(key, { rule, verdict, pattern, flagged, sentence });
  });
  return byKey;
}

export function judgmentRow(j: Judgment): string {
  return [j.rule, j.verdict, j.pattern, j.flagged, j.sentence].join('\t');
}
