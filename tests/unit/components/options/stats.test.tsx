// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { endCall, setChecklistTick, startCall } from '../../../../lib/data/calls';
import { moveCallScript, startCallScript } from '../../../../lib/data/call-script';
import type { LaipniDb } from '../../../../lib/data/database';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import type { Script } from '../../../../lib/core/model/script';
import { dayOf, recordFindingEvents } from '../../../../lib/data/stats';
import { statisticsCsv } from '../../../../components/options/sections/stats/stats-csv';
import { lastDays, ruleTrends } from '../../../../components/options/sections/stats/aggregate';
import { csvCell, toCsv } from '../../../../components/options/sections/stats/csv';
import { scriptStatsCsv } from '../../../../components/options/sections/stats/ScriptStatsView';
import { StatsSection } from '../../../../components/options/sections/stats/StatsSection';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});
const DAY = 24 * 3600_000;

describe('statistics helpers', () => {
  it('counts per rule per day and the most frequent phrases', () => {
    const days = ['2025-01-01', '2025-01-02'];
    const rows = [
      { day: '2025-01-01', ruleId: 'hallo', form: 'hallo', flagged: 3, accepted: 1, ignored: 0 },
      { day: '2025-01-02', ruleId: 'hallo', form: 'halo', flagged: 1, accepted: 1, ignored: 0 },
      { day: '2025-01-02', ruleId: 'cau', form: 'cau', flagged: 5, accepted: 0, ignored: 2 },
      { day: '2024-12-31', ruleId: 'cau', form: 'cau', flagged: 9, accepted: 0, ignored: 0 },
    ];
    const trends = ruleTrends(rows, days);
    expect(trends.map((t) => [t.ruleId, t.flagged, t.accepted])).toEqual([
      ['cau', 5, 0],
      ['hallo', 4, 2],
    ]);
    expect(trends[1]?.days).toEqual([
      { day: '2025-01-01', flagged: 3, accepted: 1 },
      { day: '2025-01-02', flagged: 1, accepted: 1 },
    ]);
    expect(lastDays(3, new Date(2025, 2, 1, 12).getTime())).toEqual([
      '2025-02-27',
      '2025-02-28',
      '2025-03-01',
    ]);
  });

  it('writes CSV that spreadsheets cannot run as formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(
      toCsv([
        ['rule', 'form'],
        ['cau', 'čau'],
      ]),
    ).toBe('\uFEFFrule,form\r\ncau,čau\r\n');
  });
});

describe('script statistics CSV', () => {
  it('has a row per step and per outcome', () => {
    const csv = scriptStatsCsv([
      {
        scriptId: 's',
        calls: 2,
        completed: 1,
        outcomes: { sale: 1 },
        adherence: { expected: 2, said: 1 },
        steps: [
          {
            step: 'a',
            visits: 2,
            totalMs: 3000,
            closedVisits: 2,
            exits: 0,
            required: { expected: 2, said: 1 },
          },
          { step: 'b', visits: 1, totalMs: 0, closedVisits: 0, exits: 1 },
        ],
      },
    ]).split('\r\n');
    expect(csv[1]).toBe('s,2,1,step,a,2,1.5,0,2,1');
    expect(csv[2]).toBe('s,2,1,step,b,1,0,1,,');
    expect(csv[3]).toBe('s,2,1,outcome,sale,1,,,,');
  });
});

describe('statistics section', () => {
  it('shows per-rule charts, frequent phrases and checklist completion, and says it is local', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    const now = Date.now();
    await recordFindingEvents(
      db,
      [
        { ruleId: 'hallo', form: 'Hallo', outcome: 'flagged' },
        { ruleId: 'hallo', form: 'hallo', outcome: 'flagged' },
        { ruleId: 'hallo', form: 'hallo', outcome: 'accepted' },
        { ruleId: 'seit-runa', form: 'šeit runā', outcome: 'flagged' },
      ],
      now,
    );
    await recordFindingEvents(
      db,
      [{ ruleId: 'hallo', form: 'hallo', outcome: 'flagged' }],
      now - DAY,
    );
    const call = await startCall(db, {
      site: 'localhost',
      direction: 'outbound',
      customerName: 'Jānis Bērziņš',
      startedByAgent: true,
      now: now - 3600_000,
    });
    await setChecklistTick(db, call.id, {
      itemId: 'greet',
      checklist: 'opening',
      ticked: true,
      auto: true,
    });
    await endCall(db, call.id, { now: now - 3000_000 });

    renderWithDb(<StatsSection />, db);
    expect((await screen.findByTestId('stats-privacy')).textContent).toContain(
      'nekas netiek sūtīts prom',
    );
    const trends = await screen.findByTestId('rule-trends');
    const hallo = trends.querySelector('[data-rule="hallo"]') as HTMLElement;
    expect(hallo.textContent).toContain('3 atzīmēti, 1 ieteikumi pieņemti (33%)');
    expect(within(hallo).getByRole('img').querySelectorAll('rect.bar-flagged')).toHaveLength(30);
    const phrases = await screen.findByTestId('top-phrases');
    expect(phrases.querySelector('tbody tr th')?.textContent).toBe('«hallo»');
    const completion = screen.getByTestId('checklist-completion');
    expect(completion.textContent).toContain('Jānis Bērziņš');
    expect(completion.textContent).toContain('1 no 1 (100%)');
  });

  it('shows per-script statistics: calls, completion, where calls left, outcomes', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    const script = BUILTIN_SCRIPTS.find((x) => x.id === 'outbound-offer') as Script;
    const now = Date.now();
    const run = async (at: number, moves: Parameters<typeof moveCallScript>[3][]) => {
      const call = await startCall(db, {
        site: 'localhost',
        direction: 'outbound',
        startedByAgent: true,
        now: at,
      });
      expect((await startCallScript(db, call.id, script, at)).ok).toBe(true);
      let t = at;
      for (const move of moves) {
        t += 2000;
        expect(await moveCallScript(db, call.id, script, move, t)).toEqual({ ok: true });
      }
      await endCall(db, call.id, { now: t + 1000 });
    };
    await run(now - 7200_000, [
      { kind: 'next' },
      { kind: 'next' },
      { kind: 'answer', answer: 'no' },
      { kind: 'next' },
      { kind: 'finish', outcome: 'refused' },
    ]);
    await run(now - 3600_000, [
      { kind: 'next' },
      { kind: 'next' },
      { kind: 'answer', answer: 'yes' },
    ]);

    renderWithDb(<StatsSection />, db);
    const stats = await screen.findByTestId('script-stats');
    const section = stats.querySelector('[data-script="outbound-offer"]') as HTMLElement;
    expect(section.querySelector('[data-testid="script-stats-summary"]')?.textContent).toContain(
      '2 zvani · līdz iznākumam 1 (50 %)',
    );
    expect(within(section).getByRole('meter').getAttribute('aria-valuenow')).toBe('50');
    expect(section.querySelector('tr[data-step="purpose"] [data-col="exits"]')?.textContent).toBe(
      '1',
    );
    expect(section.querySelector('tr[data-step="intro"] td')?.textContent).toBe('2');
    expect(section.textContent).toContain('Iznākumi: ');
  });

  it('shows the figures the rows add up to, from the totals, and follows new counts live', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    const now = Date.now();
    // Ten days of many forms per rule: the view must show what the rows add up to.
    for (let d = 0; d < 10; d++) {
      const events = [];
      for (let i = 0; i < 40; i++) {
        events.push({ ruleId: 'hallo', form: `hallo ${i % 25}`, outcome: 'flagged' as const });
        if (i % 4 === 0)
          events.push({ ruleId: 'hallo', form: `hallo ${i}`, outcome: 'accepted' as const });
        if (i % 2 === 0)
          events.push({ ruleId: 'seit-runa', form: 'šeit runā', outcome: 'flagged' as const });
      }
      await recordFindingEvents(db, events, now - d * DAY);
    }
    // Older than the 30-day period: counted nowhere in the view.
    await recordFindingEvents(
      db,
      [{ ruleId: 'hallo', form: 'hallo 0', outcome: 'flagged' }],
      now - 40 * DAY,
    );
    const rows = await db.ruleStats.toArray();
    const from = lastDays(30, now)[0] ?? '';
    const inPeriod = rows.filter((r) => r.day >= from);
    const sum = (ruleId: string, key: 'flagged' | 'accepted') =>
      inPeriod.filter((r) => r.ruleId === ruleId).reduce((n, r) => n + r[key], 0);
    expect(sum('hallo', 'flagged')).toBe(400);

    renderWithDb(<StatsSection />, db);
    const trends = await screen.findByTestId('rule-trends');
    const rule = (id: string) => trends.querySelector(`[data-rule="${id}"]`) as HTMLElement;
    // formatNumber in lv groups thousands with a no-break space; these stay below 1,000.
    expect(rule('hallo').textContent).toContain(
      `${sum('hallo', 'flagged')} atzīmēti, ${sum('hallo', 'accepted')} ieteikumi pieņemti (25%)`,
    );
    expect(rule('seit-runa').textContent).toContain(`${sum('seit-runa', 'flagged')} atzīmēti`);
    // Each day's bar is that day's sum: today's and the empty day before the ten are told apart.
    const bars = [...within(rule('hallo')).getByRole('img').querySelectorAll('rect.bar-flagged')];
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights.slice(-10).every((h) => h === heights.at(-1) && h > 0)).toBe(true);
    expect(heights.slice(0, -10).every((h) => h === 0)).toBe(true);

    const phrases = await screen.findByTestId('top-phrases');
    const cells = [...phrases.querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');
    expect(cells).toHaveLength(10);
    // «šeit runā»: 20 a day; each «hallo N» (N < 15) 2 a day, over 10 days.
    expect(cells[0]).toContain('«šeit runā»');
    expect(cells[0]).toContain('200');
    expect(cells[1]).toContain('«hallo 0»');
    expect(cells[1]).toMatch(/«hallo 0»hallo20\d/);

    // A new count shows without a reload.
    await recordFindingEvents(
      db,
      [{ ruleId: 'seit-runa', form: 'šeit runā', outcome: 'accepted' }],
      now,
    );
    await waitFor(() =>
      expect(rule('seit-runa').textContent).toContain('200 atzīmēti, 1 ieteikumi pieņemti'),
    );

    // The section made the period's window of past days; the phrases read from it say the same.
    await waitFor(async () => expect(await db.formWindows.get([30, ''])).toBeDefined());
    await waitFor(() => {
      const first = screen.getByTestId('top-phrases').querySelector('tbody tr');
      expect(first?.textContent).toBe('«šeit runā»seit-runa2001');
    });

    // The CSV holds the period's rows, read a chunk at a time when asked for.
    const csv = await statisticsCsv(db, from, dayOf(now));
    expect(csv.trim().split('\r\n')).toHaveLength(1 + inPeriod.length);
  });
});
