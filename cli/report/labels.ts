/** The report's words, in English and Latvian (`laipni report --lang lv`). */

export type ReportLang = 'en' | 'lv';

export interface Labels {
  title: string;
  generated: string;
  range: string;
  noData: string;
  filesLine: (n: {
    files: number;
    valid: number;
    refused: number;
    duplicates: number;
    unreachable: number;
  }) => string;
  scopeLine: (n: {
    agents: number;
    teams: number;
    agentDays: number;
    filteredOut: number;
  }) => string;
  filters: string;
  team: string;
  noTeam: string;
  from: string;
  to: string;
  byDay: string;
  byWeek: string;
  privacy: string;
  packs: string;
  pack: string;
  version: string;
  agents: string;
  calls: string;
  callsPerPeriod: string;
  avgDuration: string;
  period: string;
  dropped: string;
  inbound: string;
  outbound: string;
  avgCall: string;
  totalHours: string;
  outcomes: string;
  outcome: string;
  rules: string;
  rulesIntro: string;
  mostFlagged: string;
  leastAccepted: (min: number) => string;
  rule: string;
  flagged: string;
  accepted: string;
  ignored: string;
  acceptance: string;
  allRules: string;
  checklists: string;
  checklistIntro: string;
  item: string;
  done: string;
  missed: string;
  adherence: string;
  scripts: string;
  scriptsIntro: string;
  step: string;
  reached: string;
  completed: string;
  left: string;
  avgTime: string;
  completion: string;
  noCalls: string;
  teams: string;
  agentsSection: string;
  agent: string;
  days: string;
  flagsPerCall: string;
  none: string;
}

/** `1 file`, `2 files`. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const en: Labels = {
  title: 'Laipni team report',
  generated: 'Made',
  range: 'Days',
  noData: 'No activity files matched.',
  filesLine: (n) =>
    `${count(n.files, 'file', 'files')} read: ${n.valid} valid, ${n.refused} skipped as invalid, ` +
    `${count(n.duplicates, "older copy of an agent's day", "older copies of an agent's day")}` +
    (n.unreachable > 0
      ? `; ${count(n.unreachable, 'listed file', 'listed files')} could not be fetched.`
      : '.'),
  scopeLine: (n) =>
    `${count(n.agents, 'agent', 'agents')} in ${count(n.teams, 'team', 'teams')}, ` +
    `${count(n.agentDays, 'agent-day', 'agent-days')}` +
    (n.filteredOut > 0 ? ` (${n.filteredOut} more left out by the filters).` : '.'),
  filters: 'Filters',
  team: 'Team',
  noTeam: '(no team)',
  from: 'from',
  to: 'to',
  byDay: 'per day',
  byWeek: 'per ISO week',
  privacy:
    'Made from counts only: the activity files hold ids and numbers, never anyone’s text, phrases, customers or contacts.',
  packs: 'Packs in use',
  pack: 'Pack',
  version: 'Version',
  agents: 'Agents',
  calls: 'Calls',
  callsPerPeriod: 'Calls (red: dropped)',
  avgDuration: 'Average call, minutes',
  period: 'Period',
  dropped: 'Dropped',
  inbound: 'Inbound',
  outbound: 'Outbound',
  avgCall: 'Average call',
  totalHours: 'Hours on calls',
  outcomes: 'Outcomes',
  outcome: 'Outcome',
  rules: 'Rules',
  rulesIntro:
    'Findings shown to agents, and how many they replaced with a suggestion (acceptance = accepted ÷ flagged).',
  mostFlagged: 'Most flagged (green: accepted)',
  leastAccepted: (min) => `Least accepted (rules with at least ${min} findings)`,
  rule: 'Rule',
  flagged: 'Flagged',
  accepted: 'Accepted',
  ignored: 'Ignored',
  acceptance: 'Acceptance',
  allRules: 'All rules',
  checklists: 'Checklist adherence',
  checklistIntro:
    'Share of calls that ended with the item ticked (by hand or detected in typed text).',
  item: 'Item',
  done: 'Done',
  missed: 'Missed',
  adherence: 'Adherence',
  scripts: 'Script steps',
  scriptsIntro:
    'Share of the times a step was reached that it was completed; “left” counts calls that ended on the step.',
  step: 'Step',
  reached: 'Reached',
  completed: 'Completed',
  left: 'Left on it',
  avgTime: 'Average time',
  completion: 'Completion',
  noCalls: 'no calls',
  teams: 'Teams',
  agentsSection: 'Agents',
  agent: 'Agent',
  days: 'Days',
  flagsPerCall: 'Findings per call',
  none: 'Nothing in this period.',
};

const lv: Labels = {
  title: 'Laipni komandas pārskats',
  generated: 'Izveidots',
  range: 'Dienas',
  noData: 'Neviens aktivitātes fails neatbilda.',
  // "Label: number" reads right whatever the number (Latvian nouns agree with it).
  filesLine: (n) =>
    `Faili: ${n.files}; derīgi: ${n.valid}; izlaisti kā nederīgi: ${n.refused}; ` +
    `vecākas kopijas par to pašu darbinieka dienu: ${n.duplicates}` +
    (n.unreachable > 0 ? `; neizdevās lejupielādēt: ${n.unreachable}.` : '.'),
  scopeLine: (n) =>
    `Darbinieki: ${n.agents}; komandas: ${n.teams}; darbinieku dienas: ${n.agentDays}` +
    (n.filteredOut > 0 ? `; atlasē neiekļautas: ${n.filteredOut}.` : '.'),
  filters: 'Atlase',
  team: 'Komanda',
  noTeam: '(bez komandas)',
  from: 'no',
  to: 'līdz',
  byDay: 'pa dienām',
  byWeek: 'pa ISO nedēļām',
  privacy:
    'Veidots tikai no skaitļiem: aktivitātes failos ir identifikatori un skaitļi, nekad kāda teksts, frāzes, klienti vai kontakti.',
  packs: 'Lietotās pakas',
  pack: 'Paka',
  version: 'Versija',
  agents: 'Darbinieki',
  calls: 'Zvani',
  callsPerPeriod: 'Zvani (sarkanā krāsā: pārtrūkušie)',
  avgDuration: 'Vidējais zvans, minūtes',
  period: 'Periods',
  dropped: 'Pārtrūkuši',
  inbound: 'Ienākošie',
  outbound: 'Izejošie',
  avgCall: 'Vidējais zvans',
  totalHours: 'Stundas zvanos',
  outcomes: 'Iznākumi',
  outcome: 'Iznākums',
  rules: 'Noteikumi',
  rulesIntro:
    'Darbiniekiem parādītie atradumi un cik no tiem aizstāti ar ieteikumu (pieņemšana = pieņemtie ÷ atzīmētie).',
  mostFlagged: 'Visbiežāk atzīmētie (zaļā krāsā: pieņemtie)',
  leastAccepted: (min) => `Vismazāk pieņemtie (noteikumi ar vismaz ${min} atradumiem)`,
  rule: 'Noteikums',
  flagged: 'Atzīmēti',
  accepted: 'Pieņemti',
  ignored: 'Ignorēti',
  acceptance: 'Pieņemšana',
  allRules: 'Visi noteikumi',
  checklists: 'Kontrolsarakstu izpilde',
  checklistIntro:
    'Zvanu daļa, kuru beigās punkts bija atzīmēts (ar roku vai atpazīts ierakstītajā tekstā).',
  item: 'Punkts',
  done: 'Izpildīts',
  missed: 'Izlaists',
  adherence: 'Izpilde',
  scripts: 'Skriptu soļi',
  scriptsIntro:
    'Cik no reizēm, kad solis sasniegts, tas izpildīts; “pamests” skaita zvanus, kas beidzās šajā solī.',
  step: 'Solis',
  reached: 'Sasniegts',
  completed: 'Izpildīts',
  left: 'Pamests',
  avgTime: 'Vidējais laiks',
  completion: 'Izpilde',
  noCalls: 'nav zvanu',
  teams: 'Komandas',
  agentsSection: 'Darbinieki',
  agent: 'Darbinieks',
  days: 'Dienas',
  flagsPerCall: 'Atradumi uz zvanu',
  none: 'Šajā periodā nekā nav.',
};

export const LABELS: Record<ReportLang, Labels> = { en, lv };
