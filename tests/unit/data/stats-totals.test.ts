import { describe, expect, it } from 'vitest';
import type { FindingOutcome } from '../../../lib/core/model/finding';
import { createBackup } from '../../../lib/data/backup/create';
import { restoreBackup } from '../../../lib/data/backup/restore';
import type { LaipniDb } from '../../../lib/data/database';
import { dumpDatabase } from '../../../lib/data/dump';
import type { RuleDayTotalRecord, RuleStatRecord } from '../../../lib/data/records';
import { deleteAllPersonalData, purgeExpired } from '../../../lib/data/retention';
import { MAX_FORMS_PER_RULE_DAY, dayOf, recordFindingEvents } from '../../../lib/data/stats';
import { rebuildRuleDayTotals } from '../../../lib/data/stats-totals';
import { freshDbsClosedAfterEach } from './helpers';

const db = freshDbsClosedAfterEach();
const DAY = 24 * 3600_000;
const at = new Date(2025, 0, 15, 10).getTime();
const event = (ruleId: string, form: string, outcome: FindingOutcome = 'flagged') => ({
  ruleId,
  form,
  outcome,
});

/** The totals as they must be: the statistics rows summed per day and rule. */
function summed(rows: readonly RuleStatRecord[]): RuleDayTotalRecord[] {
  const sums = new Map<string, RuleDayTotalRecord>();
  for (const row of rows) {
    const key = `${row.day} ${row.ruleId}`;
    const sum = sums.get(key) ?? {
      day: row.day,
      ruleId: row.ruleId,
      flagged: 0,
      accepted: 0,
      ignored: 0,
    };
    sum.flagged += row.flagged;
    sum.accepted += row.accepted;
    sum.ignored += row.ignored;
    sums.set(key, sum);
  }
  return [...sums.values()].sort((a, b) =>
    a.day === b.day ? (a.ruleId < b.ruleId ? -1 : 1) : a.day < b.day ? -1 : 1,
  );
}

/** Three days of events over three rules, with one rule past the daily form cap. */
async function fill(target: LaipniDb): Promise<void> {
  for (let d = 0; d < 3; d++) {
    const now = at + d * DAY;
    await recordFindingEvents(
      target,
      [
        event('cau', 'čau'),
        event('cau', 'Čau', 'accepted'),
        event('kliedz', ''),
        event('kliedz', '', 'ignored'),
      ],
      now,
    );
    const flood = Array.from({ length: MAX_FORMS_PER_RULE_DAY + 20 }, (_, i) =>
      event('es-nezinu', `forma ${d}-${i}`, i % 3 === 0 ? 'accepted' : 'flagged'),
    );
    await recordFindingEvents(target, flood, now);
  }
}

describe('per-rule-per-day totals', () => {
  it('are kept by every write, the forms over the cap included', async () => {
    const target = db();
    await fill(target);
    const totals = await target.ruleDayTotals.toArray();
    expect(totals).toEqual(summed(await target.ruleStats.toArray()));
    expect(totals).toHaveLength(9);
    expect(totals.find((t) => t.ruleId === 'es-nezinu' && t.day === dayOf(at))).toEqual({
      day: dayOf(at),
      ruleId: 'es-nezinu',
      flagged: 146,
      accepted: 74,
      ignored: 0,
    });
  });

  it('are made again from the rows alone, a chunk at a time, with the same result', async () => {
    const target = db();
    await fill(target);
    const kept = await target.ruleDayTotals.toArray();
    await target.ruleDayTotals.put({
      day: '2020-01-01',
      ruleId: 'stale',
      flagged: 1,
      accepted: 0,
      ignored: 0,
    });
    // A chunk of 7 rows ends inside many rules' days: each must still be summed whole.
    await rebuildRuleDayTotals(target.ruleStats, target.ruleDayTotals, 7);
    expect(await target.ruleDayTotals.toArray()).toEqual(kept);
  });

  it('are purged by day with the statistics', async () => {
    const target = db();
    const now = at + 100 * DAY;
    await recordFindingEvents(target, [event('r', 'f')], now - 91 * DAY);
    await recordFindingEvents(target, [event('r', 'f')], now - 90 * DAY);
    await recordFindingEvents(target, [event('r', 'f')], now - 89 * DAY);
    await purgeExpired(target, 90, now);
    const days = [dayOf(now - 90 * DAY), dayOf(now - 89 * DAY)];
    expect((await target.ruleStats.toArray()).map((r) => r.day)).toEqual(days);
    expect((await target.ruleDayTotals.toArray()).map((r) => r.day)).toEqual(days);
  });

  it('are left out of a backup, and a restore makes them from the restored rows', async () => {
    const source = db();
    await fill(source);
    const backup = await createBackup(source);
    expect(Object.keys(backup.data)).not.toContain('ruleDayTotals');

    const target = db();
    await recordFindingEvents(target, [event('other', 'x')], at);
    // The file's rows are all there is: edited counts give edited totals, never stale ones.
    const edited = structuredClone(backup);
    edited.data.ruleStats = edited.data.ruleStats.filter((r) => r.ruleId !== 'kliedz');
    const first = edited.data.ruleStats[0];
    if (first) first.flagged += 1000;
    expect(await restoreBackup(target, edited)).toMatchObject({ ok: true });
    expect(await target.ruleDayTotals.toArray()).toEqual(summed(edited.data.ruleStats));

    // Totals smuggled into a file are refused with the file.
    const smuggled = { ...backup, data: { ...backup.data, ruleDayTotals: [] } };
    const before = await dumpDatabase(target);
    expect(await restoreBackup(target, smuggled)).toMatchObject({ ok: false });
    expect(await dumpDatabase(target)).toEqual(before);
  });

  it('go with "delete all"', async () => {
    const target = db();
    await fill(target);
    await deleteAllPersonalData(target);
    expect(await target.ruleDayTotals.count()).toBe(0);
    expect(await target.ruleStats.count()).toBe(0);
  });
});
