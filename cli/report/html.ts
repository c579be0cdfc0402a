import { esc } from './escape';
import { LABELS, type Labels, type ReportLang } from './labels';
import type { ReportData } from './model';
import { barList, columnChart, heatLegend, heatmap, lineChart, type HeatRow } from './svg';
import {
  LEAST_ACCEPTED_MIN_FLAGS,
  callsByPeriod,
  checklistMatrix,
  leastAccepted,
  outcomeTotals,
  rate,
  ruleTotals,
  stepMatrix,
  teamTotals,
  type MatrixRow,
} from './views';

/**
 * The team report as one self-contained HTML file: inline CSS and SVG, no script, no external
 * file or font, and a Content-Security-Policy that forbids both, so an unescaped id could not
 * run anything even if one slipped through. Every string from the data goes through `esc`.
 */

const CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0 auto;max-width:820px;padding:16px 24px 48px}
h1{font-size:24px;margin:8px 0}h2{font-size:19px;margin:36px 0 6px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}p{margin:4px 0}.muted{color:#666}nav a{margin-right:12px}
table{border-collapse:collapse;margin:8px 0;width:100%}th,td{padding:3px 8px;border-bottom:1px solid #eee;text-align:left}
th{font-weight:600;background:#fafafa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
details summary{cursor:pointer;margin:8px 0}svg{display:block;margin:6px 0}`;

type Cell = string | number;

interface Format {
  l: Labels;
  int(n: number): string;
  pct(share: number | null): string;
  minutes(ms: number): string;
  hours(ms: number): string;
  team(team: string): string;
}

function formatFor(lang: ReportLang): Format {
  const numbers = new Intl.NumberFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', {
    maximumFractionDigits: 0,
  });
  const l = LABELS[lang];
  return {
    l,
    int: (n) => numbers.format(n),
    pct: (share) => (share === null ? '–' : `${Math.round(share * 100)} %`),
    minutes: (ms) => {
      const s = Math.round(ms / 1000);
      return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    },
    hours: (ms) => (ms / 3_600_000).toFixed(1),
    team: (team) => (team === '' ? l.noTeam : team),
  };
}

/** Figures already formatted (3:09, 7.4, 53 %, –) align like numbers. */
const FIGURE = /^(?:–|-?\d[\d\s]*(?:\.\d+)?(?:\s?%)?|\d+:\d{2})$/;

/** A table; number cells are formatted, and columns of figures are right-aligned. */
function table(f: Format, headers: readonly string[], rows: readonly Cell[][]): string {
  const numeric = headers.map(
    (_, i) =>
      rows.length > 0 &&
      rows.every((r) => typeof r[i] === 'number' || FIGURE.test(String(r[i] ?? ''))),
  );
  const head = headers
    .map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${esc(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (numeric[i] ? `<td class="n">${esc(typeof c === 'number' ? f.int(c) : c)}</td>` : `<td>${esc(c)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function header(data: ReportData, f: Format): string {
  const { l } = f;
  const s = data.summary;
  const filters = [
    data.filters.team !== undefined ? `${l.team}: ${data.filters.team}` : '',
    data.filters.from !== undefined ? `${l.from} ${data.filters.from}` : '',
    data.filters.to !== undefined ? `${l.to} ${data.filters.to}` : '',
  ].filter((x) => x !== '');
  return `<header><h1>${esc(data.title)}</h1>
<p class="muted">${esc(l.generated)}: ${esc(data.generatedAt.slice(0, 16).replace('T', ' '))} UTC · ${esc(l.range)}: ${esc(s.firstDay ?? '–')} – ${esc(s.lastDay ?? '–')} · ${esc(data.by === 'day' ? l.byDay : l.byWeek)}</p>
${filters.length > 0 ? `<p>${esc(l.filters)}: ${esc(filters.join(', '))}</p>` : ''}
<p>${esc(l.filesLine(s))}</p>
<p>${esc(l.scopeLine(s))}</p>
<p class="muted">${esc(l.privacy)}</p></header>`;
}

function callsSection(data: ReportData, f: Format): string {
  const { l } = f;
  const periods = callsByPeriod(data);
  const columns = periods.map((p) => ({
    label: p.period,
    value: p.calls,
    part: p.dropped,
    title: `${p.period}: ${f.int(p.calls)} ${l.calls.toLowerCase()}, ${f.int(p.dropped)} ${l.dropped.toLowerCase()}`,
  }));
  const points = periods.map((p) => ({
    label: p.period,
    value: p.calls > 0 ? p.totalMs / p.calls / 60_000 : null,
    title: `${p.period}: ${p.calls > 0 ? f.minutes(p.totalMs / p.calls) : '–'}`,
  }));
  const rows = periods.map((p) => [
    p.period,
    p.agents,
    p.calls,
    p.dropped,
    p.inbound,
    p.outbound,
    p.calls > 0 ? f.minutes(p.totalMs / p.calls) : '–',
    f.hours(p.totalMs),
  ]);
  const outcomes = outcomeTotals(data).map((o) => [o.outcome, o.calls]);
  return `<section id="calls"><h2>${esc(l.calls)}</h2>
<h3>${esc(l.callsPerPeriod)}</h3>${columnChart(columns, l.callsPerPeriod, f.int)}
<h3>${esc(l.avgDuration)}</h3>${lineChart(points, l.avgDuration, (n) => n.toFixed(1), 0.1)}
${table(f, [l.period, l.agents, l.calls, l.dropped, l.inbound, l.outbound, l.avgCall, l.totalHours], rows)}
<h3>${esc(l.outcomes)}</h3>${outcomes.length > 0 ? table(f, [l.outcome, l.calls], outcomes) : `<p>${esc(l.none)}</p>`}</section>`;
}

function rulesSection(data: ReportData, f: Format): string {
  const { l } = f;
  const totals = ruleTotals(data);
  const row = (r: (typeof totals)[number]): Cell[] => [
    r.ruleId,
    r.flagged,
    r.accepted,
    r.ignored,
    f.pct(r.rate),
  ];
  const headers = [l.rule, l.flagged, l.accepted, l.ignored, l.acceptance];
  const bars = totals.slice(0, 15).map((r) => ({
    label: r.ruleId,
    value: r.flagged,
    part: r.accepted,
    note: `${f.int(r.flagged)} · ${f.pct(r.rate)}`,
    title: `${r.ruleId}: ${f.int(r.flagged)} ${l.flagged.toLowerCase()}, ${f.int(r.accepted)} ${l.accepted.toLowerCase()}`,
  }));
  const least = leastAccepted(totals);
  return `<section id="rules"><h2>${esc(l.rules)}</h2><p class="muted">${esc(l.rulesIntro)}</p>
${totals.length === 0 ? `<p>${esc(l.none)}</p>` : `<h3>${esc(l.mostFlagged)}</h3>${barList(bars, l.mostFlagged)}`}
<h3>${esc(l.leastAccepted(LEAST_ACCEPTED_MIN_FLAGS))}</h3>${least.length > 0 ? table(f, headers, least.map(row)) : `<p>${esc(l.none)}</p>`}
<details><summary>${esc(l.allRules)} (${esc(f.int(totals.length))})</summary>${table(f, headers, totals.map(row))}</details></section>`;
}

function heat(data: ReportData, f: Format, rows: readonly MatrixRow[], label: string): string {
  const heatRows: HeatRow[] = rows.map((r) => ({
    label: `${r.group} · ${r.id}`,
    cells: r.cells.map((c, i) => ({
      share: rate(c.hit, c.of),
      title: `${r.group} · ${r.id}, ${data.periods[i] ?? ''}: ${c.of > 0 ? `${f.pct(rate(c.hit, c.of))} (${f.int(c.hit)} / ${f.int(c.of)})` : f.l.noCalls}`,
    })),
  }));
  return heatmap(heatRows, data.periods, label) + heatLegend(f.l.noCalls);
}

function checklistSection(data: ReportData, f: Format): string {
  const { l } = f;
  const rows = checklistMatrix(data);
  const tableRows = rows.map((r) => [r.group, r.id, r.hit, r.of - r.hit, f.pct(rate(r.hit, r.of))]);
  return `<section id="checklists"><h2>${esc(l.checklists)}</h2><p class="muted">${esc(l.checklistIntro)}</p>
${rows.length === 0 ? `<p>${esc(l.none)}</p>` : heat(data, f, rows, l.checklists) + table(f, ['', l.item, l.done, l.missed, l.adherence], tableRows)}</section>`;
}

function scriptsSection(data: ReportData, f: Format): string {
  const { l } = f;
  const rows = stepMatrix(data);
  const tableRows = rows.map((r) => [
    r.group,
    r.id,
    r.of,
    r.hit,
    r.extra.left ?? 0,
    r.of > 0 ? f.minutes((r.extra.timeMs ?? 0) / r.of) : '–',
    f.pct(rate(r.hit, r.of)),
  ]);
  return `<section id="scripts"><h2>${esc(l.scripts)}</h2><p class="muted">${esc(l.scriptsIntro)}</p>
${rows.length === 0 ? `<p>${esc(l.none)}</p>` : heat(data, f, rows, l.scripts) + table(f, ['', l.step, l.reached, l.completed, l.left, l.avgTime, l.completion], tableRows)}</section>`;
}

function teamsSection(data: ReportData, f: Format): string {
  const { l } = f;
  if (data.summary.teams === 0) return '';
  const rows = teamTotals(data).map((t) => [
    f.team(t.team),
    t.agents,
    t.calls,
    t.calls > 0 ? f.minutes(t.totalMs / t.calls) : '–',
    t.calls > 0 ? (t.flagged / t.calls).toFixed(1) : '–',
    f.pct(rate(t.accepted, t.flagged)),
    f.pct(rate(t.done, t.done + t.missed)),
    f.pct(rate(t.completed, t.reached)),
  ]);
  return `<section id="teams"><h2>${esc(l.teams)}</h2>${table(f, [l.team, l.agents, l.calls, l.avgCall, l.flagsPerCall, l.acceptance, l.adherence, l.completion], rows)}</section>`;
}

function agentsSection(data: ReportData, f: Format): string {
  const { l } = f;
  const rows = data.agents.map((a) => [
    a.agentId,
    f.team(a.team),
    a.days,
    a.calls,
    a.calls > 0 ? f.minutes(a.totalMs / a.calls) : '–',
    a.flagged,
    f.pct(rate(a.accepted, a.flagged)),
    f.pct(rate(a.done, a.done + a.missed)),
    f.pct(rate(a.completed, a.reached)),
  ]);
  const open = data.agents.length <= 50 ? ' open' : '';
  return `<section id="agents"><h2>${esc(l.agentsSection)}</h2><details${open}><summary>${esc(l.agentsSection)} (${esc(f.int(rows.length))})</summary>
${table(f, [l.agent, l.team, l.days, l.calls, l.avgCall, l.flagged, l.acceptance, l.adherence, l.completion], rows)}</details></section>`;
}

function packsSection(data: ReportData, f: Format): string {
  if (data.packs.length === 0) return '';
  const { l } = f;
  const rows = data.packs.map((p) => [p.id, p.version, p.agents]);
  return `<section id="packs"><h3>${esc(l.packs)}</h3>${table(f, [l.pack, l.version, l.agents], rows)}</section>`;
}

export function renderHtml(data: ReportData, lang: ReportLang = 'en'): string {
  const f = formatFor(lang);
  const { l } = f;
  const nav = [
    ['calls', l.calls],
    ['rules', l.rules],
    ['checklists', l.checklists],
    ['scripts', l.scripts],
    ...(data.summary.teams > 0 ? [['teams', l.teams]] : []),
    ['agents', l.agentsSection],
  ]
    .map(([id, text]) => `<a href="#${esc(id ?? '')}">${esc(text ?? '')}</a>`)
    .join('');
  const body =
    data.summary.agentDays === 0
      ? `<p>${esc(l.noData)}</p>`
      : [
          packsSection(data, f),
          callsSection(data, f),
          rulesSection(data, f),
          checklistSection(data, f),
          scriptsSection(data, f),
          teamsSection(data, f),
          agentsSection(data, f),
        ].join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.title)}</title><style>${CSS}</style></head>
<body>${header(data, f)}
<nav>${nav}</nav>
${body}
</body></html>
`;
}
