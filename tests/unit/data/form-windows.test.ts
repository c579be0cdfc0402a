import { describe, expect, it } from 'vitest';
import type { FindingOutcome } from '../../../lib/core/model/finding';
import { createBackup } from '../../../lib/data/backup/create';
import { restoreBackup } from '../../../lib/data/backup/restore';
import type { LaipniDb } from '../../../lib/data/database';
import { refreshFormWindow, topFormsOfPeriod } from '../../../lib/data/form-windows';
import { deleteAllPersonalData, purgeExpired } from '../../../lib/data/retention';
import { OTHER_FORM, dayOf, recordFindingEvents } from '../../../lib/data/stats';
import { topForms } from '../../../lib/data/stats-query';
import { freshDbsClosedAfterEach } from './helpers';

const db = freshDbsClosedAfterEach();
const DAY = 24 * 3600_000;
const now = new Date(2025, 4, 20, 15).getTime();
const dayBack = (n: number) => dayOf(now - n * DAY);

/**
 * 40 days of counts, skipping some days: forms that recur, forms of one day, a form two rules
 * share, «…», accepted-only rows; the counts differ by day so the order changes as days pass.
 */
async function fill(target: LaipniDb, until = 0): Promise<void> {
  for (let back = 40; back >= until; back--) {
    if (back % 6 === 5) continue;
    const events: Array<{ ruleId: string; form: string; outcome: FindingOutcome }> = [];
    const add = (ruleId: string, form: string, n: number, outcome: FindingOutcome = 'flagged') => {
      for (let i = 0; i < n; i++) events.push({ ruleId, form, outcome });
    };
    add('cau', 'čau', 1 + (back % 4));
    add('cau', 'Čau', 1, 'accepted');
    add('es-nezinu', 'nezinu', back % 3);
    add('es-nezinu', 'es nezinu', back < 10 ? 5 : 1);
    add('kopigs', 'nezinu', back % 2);
    add('kliedz', '', 3);
    add('reti', `vienreiz ${back}`, back === 12 ? 30 : 1);
    add('reti', OTHER_FORM, back % 5);
    add('tikai-pienemts', 'labi', 1, 'accepted');
    await recordFindingEvents(target, events, now - back * DAY);
  }
}

/** What the full scan says for the period ending at `at`. */
function scan(target: LaipniDb, period: number, limit: number, at = now) {
  return topForms(target, dayOf(at - (period - 1) * DAY), dayOf(at), limit);
}

describe('top phrases from the window of past days', () => {
  it('equal the full scan once the window is made, for each period and limit', async () => {
    const target = db();
    await fill(target);
    for (const period of [7, 30]) {
      await refreshFormWindow(target, period, now);
      for (const limit of [1, 3, 10, 50])
        expect(await topFormsOfPeriod(target, period, limit, now), `${period} ${limit}`).toEqual(
          await scan(target, period, limit),
        );
    }
    const marker = await target.formWindows.get([7, '']);
    expect([marker?.from, marker?.to]).toEqual([dayBack(6), dayBack(1)]);
  });

  it('follow today’s new counts without a refresh, and scan the period while no window is current', async () => {
    const target = db();
    await fill(target);
    await refreshFormWindow(target, 7, now);
    await recordFindingEvents(
      target,
      Array.from({ length: 40 }, () => ({
        ruleId: 'jauns',
        form: 'šodien',
        outcome: 'flagged' as const,
      })),
      now,
    );
    const top = await topFormsOfPeriod(target, 7, 3, now);
    expect(top[0]).toMatchObject({ form: 'šodien', flagged: 40, ruleIds: ['jauns'] });
    expect(top).toEqual(await scan(target, 7, 3));
    // A day later the window is a day behind: the full scan answers, the same as before.
    const tomorrow = now + DAY;
    expect(await topFormsOfPeriod(target, 7, 10, tomorrow)).toEqual(
      await scan(target, 7, 10, tomorrow),
    );
  });

  it('move by the days that left and came, to what a window made afresh holds', async () => {
    const moved = db();
    await fill(moved);
    await refreshFormWindow(moved, 7, now - 3 * DAY);
    await refreshFormWindow(moved, 7, now - 2 * DAY);
    await refreshFormWindow(moved, 7, now);
    const fresh = db();
    await fill(fresh);
    await refreshFormWindow(fresh, 7, now);
    const rows = (target: LaipniDb) =>
      target.formWindows.where('[period+form]').between([7], [7, []]).toArray();
    expect(await rows(moved)).toEqual(await rows(fresh));
    // «vienreiz 12» (30 on its day, twelve days ago) left the 7-day window with its rule count.
    expect((await rows(moved)).some((r) => r.form === 'vienreiz 12')).toBe(false);
    expect(await topFormsOfPeriod(moved, 7, 10, now)).toEqual(await scan(moved, 7, 10));
    // A window far behind is summed again, to the same.
    await refreshFormWindow(moved, 7, now - 30 * DAY);
    await refreshFormWindow(moved, 7, now);
    expect(await rows(moved)).toEqual(await rows(fresh));
  });

  it('are dropped by a restore, "delete all", and a purge of days they cover', async () => {
    const target = db();
    await fill(target);
    await refreshFormWindow(target, 7, now);
    await refreshFormWindow(target, 30, now);
    // Retention of 20 days: the 30-day window covers purged days, the 7-day one does not.
    await purgeExpired(target, 20, now);
    expect(await target.formWindows.get([30, ''])).toBeUndefined();
    expect(await target.formWindows.where('[period+form]').between([30], [30, []]).count()).toBe(0);
    expect(await target.formWindows.get([7, ''])).toBeDefined();
    expect(await topFormsOfPeriod(target, 30, 10, now)).toEqual(await scan(target, 30, 10));

    const backup = await createBackup(target);
    expect(Object.keys(backup.data)).not.toContain('formWindows');
    const edited = structuredClone(backup);
    for (const row of edited.data.ruleStats) if (row.form === 'čau') row.flagged += 100;
    expect(await restoreBackup(target, edited)).toMatchObject({ ok: true });
    expect(await target.formWindows.count()).toBe(0);
    expect((await topFormsOfPeriod(target, 7, 1, now))[0]?.form).toBe('čau');

    await refreshFormWindow(target, 7, now);
    await deleteAllPersonalData(target);
    expect(await target.formWindows.count()).toBe(0);
    expect(await topFormsOfPeriod(target, 7, 10, now)).toEqual([]);
  });
});
