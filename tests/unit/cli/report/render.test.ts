import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, renderCsv } from '../../../../cli/report/csv';
import { renderHtml } from '../../../../cli/report/html';
import type { ReportData } from '../../../../cli/report/model';
import { columnChart, lineChart } from '../../../../cli/report/svg';

const EVIL = '<script>alert("x")</script>&<>\'"';

/** Report rows as if every id had come from a hostile file (the loader refuses such ids). */
function data(id: string): ReportData {
  return {
    title: `Report ${id}`,
    generatedAt: '2026-04-01T10:00:00.000Z',
    by: 'day',
    filters: { team: id, from: '2026-03-02', to: '2026-03-03' },
    summary: {
      files: 3,
      valid: 2,
      refused: 1,
      duplicates: 0,
      unreachable: 0,
      filteredOut: 0,
      agentDays: 2,
      agents: 1,
      teams: 1,
      firstDay: '2026-03-02',
      lastDay: '2026-03-03',
    },
    periods: ['2026-03-02', '2026-03-03'],
    packs: [{ id, version: '1.0.0', agents: 1 }],
    rules: [
      { period: '2026-03-02', team: id, ruleId: id, flagged: 40, accepted: 10, ignored: 5 },
      { period: '2026-03-03', team: id, ruleId: 'es-nezinu', flagged: 2, accepted: 2, ignored: 0 },
    ],
    checklist: [
      { period: '2026-03-02', team: id, checklist: 'opening', itemId: id, done: 3, missed: 1 },
    ],
    steps: [
      {
        period: '2026-03-03',
        team: id,
        scriptId: id,
        stepId: id,
        reached: 4,
        completed: 3,
        left: 1,
        timeMs: 120_000,
      },
    ],
    calls: [
      {
        period: '2026-03-02',
        team: id,
        agents: 1,
        agentDays: 1,
        calls: 4,
        dropped: 1,
        inbound: 2,
        outbound: 2,
        totalMs: 600_000,
      },
    ],
    outcomes: [{ period: '2026-03-02', team: id, outcome: id, calls: 3 }],
    agents: [
      {
        agentId: id,
        team: id,
        days: 2,
        calls: 4,
        dropped: 1,
        totalMs: 600_000,
        flagged: 42,
        accepted: 12,
        ignored: 5,
        done: 3,
        missed: 1,
        reached: 4,
        completed: 3,
      },
    ],
  };
}

describe('report HTML', () => {
  it('escapes every string that came from the data, in text and in SVG titles', () => {
    const html = renderHtml(data(EVIL));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"x")');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&lt;&gt;&#39;&quot;',
    );
    // Every < left is our own markup: a tag name right after it.
    for (const m of html.matchAll(/<(?!\/?[a-z][a-z0-9]*[\s>/]|!doctype)/gi))
      throw new Error(
        `raw < at ${m.index}: ${html.slice((m.index ?? 0) - 20, (m.index ?? 0) + 20)}`,
      );
  });

  it('is one self-contained file that forbids scripts and outside resources', () => {
    const html = renderHtml(data('agent-1'));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href="(?!#)/i);
    expect(html).toContain('<svg');
    expect(html).toContain('25 %'); // the rule's acceptance: 10 of 40
  });

  // Axis labels as printed: counts in whole numbers, minutes with one decimal. Small values
  // (two calls, calls of a few seconds) once gave «0 1 1 2 2» and «0.0 0.0 0.0 0.0 0.0».
  const axisLabels = (chart: string) =>
    [...chart.matchAll(/text-anchor="end"[^>]*>([^<]*)</g)].map((m) => m[1]);
  it.each([1, 2, 3, 7, 40, 1234])(
    'a column chart of counts up to %d labels each step apart',
    (n) => {
      const labels = axisLabels(columnChart([{ label: 'd', value: n, title: 't' }], 'c', String));
      expect(labels).toHaveLength(5);
      expect(new Set(labels).size).toBe(5);
      expect(labels.every((l) => /^\d+$/.test(l ?? ''))).toBe(true);
      expect(Number(labels[4])).toBeGreaterThanOrEqual(n);
    },
  );
  it.each([0.03, 0.5, 4.2, 0])('a line of minutes up to %d labels each step apart', (n) => {
    const point = { label: 'd', value: n, title: 't' };
    const labels = axisLabels(lineChart([point], 'l', (v) => v.toFixed(1), 0.1));
    expect(new Set(labels).size).toBe(5);
    expect(Number(labels[4])).toBeGreaterThanOrEqual(n);
  });

  it('speaks Latvian when asked', () => {
    const html = renderHtml(data('agent-1'), 'lv');
    expect(html).toContain('<html lang="lv">');
    expect(html).toContain('Kontrolsarakstu izpilde');
  });
});

describe('report CSV', () => {
  it('has one header and one line per aggregated row, numbers as plain integers', () => {
    const csv = renderCsv(data('agent-1'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1); // header, calls, outcomes, rules, …, trailing
    const at = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const rule = lines.find((l) => l.startsWith('rules,2026-03-02'))?.split(',') ?? [];
    expect([
      rule[at('id')],
      rule[at('flagged')],
      rule[at('accepted')],
      rule[at('ignored')],
    ]).toEqual(['agent-1', '40', '10', '5']);
    const agent = lines.find((l) => l.startsWith('agents,'))?.split(',') ?? [];
    expect([agent[at('agent')], agent[at('days')], agent[at('total_ms')]]).toEqual([
      'agent-1',
      '2',
      '600000',
    ]);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(undefined)).toBe('');
    const csv = renderCsv(data(EVIL));
    expect(csv).toContain('"<script>alert(""x"")</script>&<>\'"""');
  });
});
