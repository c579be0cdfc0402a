/**
 * The team report's aggregated rows: what the HTML and the CSV are made from. Rows are per period
 * (a day, or an ISO week `2026-W10`) and team (`''` when the files name none); the HTML adds them
 * up further. Every string here came from a file, so every renderer escapes it.
 */

export type PeriodKind = 'day' | 'week';

export interface RuleRow {
  period: string;
  team: string;
  ruleId: string;
  flagged: number;
  accepted: number;
  ignored: number;
}

export interface ChecklistRow {
  period: string;
  team: string;
  checklist: string;
  itemId: string;
  done: number;
  missed: number;
}

export interface StepRow {
  period: string;
  team: string;
  scriptId: string;
  stepId: string;
  reached: number;
  completed: number;
  left: number;
  timeMs: number;
}

export interface CallRow {
  period: string;
  team: string;
  /** Agents with a file in the period, and their files (agent-days). */
  agents: number;
  agentDays: number;
  calls: number;
  dropped: number;
  inbound: number;
  outbound: number;
  totalMs: number;
}

export interface OutcomeRow {
  period: string;
  team: string;
  outcome: string;
  calls: number;
}

/** One agent over the whole range (an agent who changed team has a row per team). */
export interface AgentRow {
  agentId: string;
  team: string;
  days: number;
  calls: number;
  dropped: number;
  totalMs: number;
  flagged: number;
  accepted: number;
  ignored: number;
  done: number;
  missed: number;
  reached: number;
  completed: number;
}

export interface PackRow {
  id: string;
  version: string;
  agents: number;
}

export interface ReportFilters {
  team?: string;
  from?: string;
  to?: string;
}

export interface ReportSummary {
  /** Files read, files valid, files refused, older duplicates of an agent's day. */
  files: number;
  valid: number;
  refused: number;
  duplicates: number;
  /** Files a listing named that could not be fetched. */
  unreachable: number;
  /** Valid agent-days left out by --team/--from/--to. */
  filteredOut: number;
  agentDays: number;
  agents: number;
  teams: number;
  firstDay: string | null;
  lastDay: string | null;
}

export interface ReportData {
  title: string;
  /** When the report was made (ISO). */
  generatedAt: string;
  by: PeriodKind;
  filters: ReportFilters;
  summary: ReportSummary;
  /** Every period from the first day to the last, gaps included, in order. */
  periods: string[];
  packs: PackRow[];
  rules: RuleRow[];
  checklist: ChecklistRow[];
  steps: StepRow[];
  calls: CallRow[];
  outcomes: OutcomeRow[];
  agents: AgentRow[];
}
