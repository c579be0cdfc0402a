/** What the in-page UI needs of an engine finding (structurally the engine's `Finding`). */
export interface FindingView {
  ruleId: string;
  start: number;
  end: number;
  text: string;
  severity: 'warning' | 'info';
  message: string;
  suggestions: string[];
  advice?: string[];
}

export function findingAt(
  findings: readonly FindingView[],
  caret: number | null,
): FindingView | null {
  if (caret === null) return null;
  return (
    findings.find((f) => caret > f.start && caret <= f.end) ??
    findings.find((f) => caret === f.start) ??
    null
  );
}

export function findingKey(finding: FindingView): string {
  return `${finding.ruleId}\u0000${finding.text.toLocaleLowerCase('lv')}`;
}
