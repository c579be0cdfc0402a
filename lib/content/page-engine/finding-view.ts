import type { Finding } from '../../core/model/finding';
import type { PageFinding } from '../../protocol/page-messages';

export function findingAt(findings: readonly Finding[], caret: number | null): Finding | null {
  if (caret === null) return null;
  return (
    findings.find((f) => caret > f.start && caret <= f.end) ??
    findings.find((f) => caret === f.start) ??
    null
  );
}

export function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.text.toLocaleLowerCase('lv')}`;
}

/** What this frame tells the background of a finding: the span and the match's own values. */
export function pageFinding(finding: Finding): PageFinding {
  const { ruleId, start, end, text, severity, vars } = finding;
  return { ruleId, start, end, text: text.slice(0, 200), severity, ...(vars ? { vars } : {}) };
}
