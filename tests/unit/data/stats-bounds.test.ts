import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../lib/data/database';
import {
  MAX_FORMS_PER_RULE_DAY,
  OTHER_FORM,
  dayOf,
  recordFindingEvents,
} from '../../../lib/data/stats';
import { ruleDayTotals, topForms } from '../../../lib/data/stats-query';
import { freshDb } from './helpers';

let db: LaipniDb;
afterEach(() => db?.close());

const at = new Date(2025, 0, 15, 10).getTime();
const day = dayOf(at);
const flagged = (ruleId: string, form: string) => ({ ruleId, form, outcome: 'flagged' as const });

describe('bounded statistics', () => {
  it(`keeps ${MAX_FORMS_PER_RULE_DAY} forms per rule and day and counts the rest as «${OTHER_FORM}»`, async () => {
    db = freshDb();
    // A flood of unique forms, in batches as the frames send them.
    for (let batch = 0; batch < 5; batch++) {
      const events = Array.from({ length: 100 }, (_, i) => flagged('caps', `form ${batch}-${i}`));
      await recordFindingEvents(db, events, at);
    }
    await recordFindingEvents(db, [flagged('other-rule', 'x')], at);
    const rows = await db.ruleStats.where('[ruleId+day]').equals(['caps', day]).toArray();
    expect(rows).toHaveLength(MAX_FORMS_PER_RULE_DAY + 1);
    expect(rows.find((r) => r.form === OTHER_FORM)?.flagged).toBe(500 - MAX_FORMS_PER_RULE_DAY);
    // A form kept before the cap keeps counting under its own name.
    await recordFindingEvents(db, [flagged('caps', 'form 0-0'), flagged('caps', 'new')], at);
    const again = await db.ruleStats.where('[ruleId+day]').equals(['caps', day]).toArray();
    expect(again).toHaveLength(MAX_FORMS_PER_RULE_DAY + 1);
    expect(again.find((r) => r.form === 'form 0-0')?.flagged).toBe(2);
    expect(again.find((r) => r.form === OTHER_FORM)?.flagged).toBe(501 - MAX_FORMS_PER_RULE_DAY);
    // Another day starts afresh.
    await recordFindingEvents(db, [flagged('caps', 'new')], at + 24 * 3600_000);
    expect((await db.ruleStats.toArray()).filter((r) => r.form === 'new')).toHaveLength(1);
  });

  it('aggregates per rule and day, and lists the top forms with «…» as other', async () => {
    db = freshDb();
    await recordFindingEvents(
      db,
      [flagged('a', 'nezinu'), flagged('a', 'nezinu'), flagged('b', '')],
      at,
    );
    await recordFindingEvents(
      db,
      [flagged('a', OTHER_FORM), flagged('a', OTHER_FORM), flagged('a', 'zinu')],
      at + 24 * 3600_000,
    );
    const next = dayOf(at + 24 * 3600_000);
    expect(await ruleDayTotals(db, day, next)).toEqual([
      { ruleId: 'a', day, flagged: 2, accepted: 0, ignored: 0 },
      { ruleId: 'a', day: next, flagged: 3, accepted: 0, ignored: 0 },
      { ruleId: 'b', day, flagged: 1, accepted: 0, ignored: 0 },
    ]);
    // Equal counts in locale order, as the view always listed them: «…» before letters.
    expect(await topForms(db, day, next, 2)).toEqual([
      { form: OTHER_FORM, other: true, ruleIds: ['a'], flagged: 2, accepted: 0 },
      { form: 'nezinu', other: false, ruleIds: ['a'], flagged: 2, accepted: 0 },
    ]);
  });
});
