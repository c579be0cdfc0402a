import type { SidebarFinding } from '../../protocol/page-messages';

/**
 * What the in-page UI and the sidebar need of an engine finding (structurally the engine's
 * `Finding`); one shape for the card, the relay and the sidebar.
 */
export type FindingView = SidebarFinding;

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
