import type { ReportData } from './model';

/**
 * The aggregated rows as one CSV (RFC 4180, CRLF): a `section` column says which table a row
 * belongs to, the other columns are filled where they apply. Made for a spreadsheet's filter or
 * pivot table.
 */

export const CSV_COLUMNS = [
  'section',
  'period',
  'team',
  'agent',
  'group',
  'id',
  'flagged',
  'accepted',
  'ignored',
  'done',
  'missed',
  'reached',
  'completed',
  'left',
  'time_ms',
  'agents',
  'agent_days',
  'days',
  'calls',
  'dropped',
  'inbound',
  'outbound',
  'total_ms',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<Column, string | number>>;

/** Quotes what needs it; a cell a spreadsheet would run as a formula gets a leading '. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowsOf(data: ReportData): CsvRow[] {
  return [
    ...data.calls.map((r) => ({
      section: 'calls',
      period: r.period,
      team: r.team,
      agents: r.agents,
      agent_days: r.agentDays,
      calls: r.calls,
      dropped: r.dropped,
      inbound: r.inbound,
      outbound: r.outbound,
      total_ms: r.totalMs,
    })),
    ...data.outcomes.map((r) => ({
      section: 'outcomes',
      period: r.period,
      team: r.team,
      id: r.outcome,
      calls: r.calls,
    })),
    ...data.rules.map((r) => ({
      section: 'rules',
      period: r.period,
      team: r.team,
      id: r.ruleId,
      flagged: r.flagged,
      accepted: r.accepted,
      ignored: r.ignored,
    })),
    ...data.checklist.map((r) => ({
      section: 'checklist',
      period: r.period,
      team: r.team,
      group: r.checklist,
      id: r.itemId,
      done: r.done,
      missed: r.missed,
    })),
    ...data.steps.map((r) => ({
      section: 'steps',
      period: r.period,
      team: r.team,
      group: r.scriptId,
      id: r.stepId,
      reached: r.reached,
      completed: r.completed,
      left: r.left,
      time_ms: r.timeMs,
    })),
    ...data.agents.map((r) => ({
      section: 'agents',
      team: r.team,
      agent: r.agentId,
      days: r.days,
      calls: r.calls,
      dropped: r.dropped,
      total_ms: r.totalMs,
      flagged: r.flagged,
      accepted: r.accepted,
      ignored: r.ignored,
      done: r.done,
      missed: r.missed,
      reached: r.reached,
      completed: r.completed,
    })),
    ...data.packs.map((r) => ({ section: 'packs', group: r.id, id: r.version, agents: r.agents })),
  ];
}

export function renderCsv(data: ReportData): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rowsOf(data)) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
