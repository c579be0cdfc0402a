import { newlyShown, spanAfterEdit, touchesEdit, type TextEdit } from './edit-spans';

interface Span {
  ruleId: string;
  start: number;
  end: number;
}

export interface FlagCounter<T extends Span> {
  /** After each check: what the edit changed, what was shown before and now, the caret. */
  checked(
    edit: TextEdit,
    before: readonly Span[],
    shown: readonly T[],
    caret: number | null,
    byAgent: boolean,
  ): void;
  /** The agent left the word (blur, apply): count what is still shown of the waiting ones. */
  settle(stillShown: (finding: T) => boolean): void;
}

/**
 * Counts a finding as flagged once, when the agent's own edit made it and the agent has moved
 * past it. A finding that ends at the caret may be a word half typed («Es nezin» on the way to
 * «Es nezinu»): it waits until the next keystroke shows it still there with the caret gone on,
 * or until the agent leaves the field; a half word that grows into another finding never counts.
 */
export function createFlagCounter<T extends Span>(report: (finding: T) => void): FlagCounter<T> {
  let waiting: T[] = [];
  return {
    checked(edit, before, shown, caret, byAgent) {
      const next: T[] = [];
      const consider = (finding: T) =>
        finding.end === caret ? next.push(finding) : report(finding);
      for (const finding of waiting) {
        const at = spanAfterEdit(edit, finding.start, finding.end);
        if (at === null) continue;
        const length = finding.end - finding.start;
        const same = shown.find(
          (f) => f.ruleId === finding.ruleId && f.start === at && f.end - f.start === length,
        );
        if (same) consider(same);
      }
      if (byAgent)
        for (const finding of newlyShown(before, edit, shown))
          if (touchesEdit(edit, finding.start, finding.end)) consider(finding);
      waiting = next;
    },
    settle(stillShown) {
      for (const finding of waiting) if (stillShown(finding)) report(finding);
      waiting = [];
    },
  };
}
