import type { Severity } from './pack';
import type { SlotRange } from './slots';

/**
 * A flagged span of a text: what the engine returns and, bounded, what the card, the sidebar
 * and the relay between them show.
 */
export interface Finding {
  ruleId: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  text: string;
  severity: Severity;
  message: string;
  /** Replacement texts for [start, end), variables filled; empty slots shown as «…». */
  suggestions: string[];
  /** Hints shown beside the finding, never inserted. */
  advice?: string[];
  /** For each suggestion, its first empty slot (or null when it has none). */
  suggestionSlots?: (SlotRange | null)[];
  /**
   * Values only this match knows (the vocative of the name typed, the verb's infinitive), so
   * the suggestions can be filled again where the agent's own values are (the card, the
   * sidebar) rather than in the page.
   */
  vars?: Record<string, string>;
}

/** Enough of a finding to find it again in a field (an apply from the sidebar). */
export type FindingRef = Pick<Finding, 'ruleId' | 'start' | 'end' | 'text'>;

/** What happened to a finding, as the statistics count it. */
export type FindingOutcome = 'flagged' | 'accepted' | 'ignored';
export const FINDING_OUTCOMES: readonly FindingOutcome[] = ['flagged', 'accepted', 'ignored'];

/** One counted outcome: the rule and the flagged phrase form, never the text around it. */
export interface FindingReport {
  ruleId: string;
  /** The flagged phrase form (a few words, lower-cased when stored). */
  form: string;
  outcome: FindingOutcome;
}
