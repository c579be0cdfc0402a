import type { Finding } from '../../core/model/finding';

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
