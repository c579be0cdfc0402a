// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { endCall, setChecklistTick, startCall } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import { recordFindingEvents } from '../../../../lib/data/stats';
import {
  lastDays,
  ruleTrends,
  topPhrases,
} from '../../../../components/options/sections/stats/aggregate';
import { csvCell, toCsv } from '../../../../components/options/sections/stats/csv';
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
    expect(topPhrases(rows, 2).map((p) => [p.form, p.flagged])).toEqual([
      ['cau', 14],
      ['hallo', 3],
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
    const phrases = screen.getByTestId('top-phrases');
    expect(phrases.querySelector('tbody tr th')?.textContent).toBe('«hallo»');
    const completion = screen.getByTestId('checklist-completion');
    expect(completion.textContent).toContain('Jānis Bērziņš');
    expect(completion.textContent).toContain('1 no 1 (100%)');
  });
});
