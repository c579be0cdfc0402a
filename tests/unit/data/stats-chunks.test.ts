import { describe, expect, it } from 'vitest';
import type { RuleStatRecord } from '../../../lib/data/records';
import { OTHER_FORM } from '../../../lib/data/stats';
import { forEachStatsChunk, type DayRange } from '../../../lib/data/stats-chunks';
import { topForms } from '../../../lib/data/stats-query';
import { freshDbsClosedAfterEach } from './helpers';

const db = freshDbsClosedAfterEach();

const days = ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04'];
const rules = ['cau', 'es-nezinu', 'kliedz'];
const forms = ['', 'nezinu', 'čau', 'ā', 'z', OTHER_FORM];

/** Every day × rule × form, with counts that differ per row. */
function rows(): RuleStatRecord[] {
  const out: RuleStatRecord[] = [];
  let n = 0;
  for (const day of days)
    for (const ruleId of rules)
      for (const form of forms) {
        n += 1;
        out.push({ day, ruleId, form, flagged: n % 7, accepted: n % 3, ignored: n % 2 });
      }
  return out;
}

async function collect(
  target: ReturnType<typeof db>,
  range: DayRange,
  size?: number,
): Promise<RuleStatRecord[][]> {
  const out: RuleStatRecord[][] = [];
  await forEachStatsChunk(target.ruleStats, range, (chunk) => void out.push(chunk), size);
  return out;
}

describe('statistics read in chunks', () => {
  it('pages a day range in key order, each chunk after the last key of the one before', async () => {
    const target = db();
    await target.ruleStats.bulkAdd(rows());
    const whole = await target.ruleStats
      .where('day')
      .between('2025-01-02', '2025-01-03', true, true)
      .primaryKeys();
    expect(whole).toHaveLength(36);
    for (const size of [1, 5, 12, 36, 100]) {
      const chunks = await collect(target, { from: '2025-01-02', to: '2025-01-03' }, size);
      expect(chunks.every((c) => c.length > 0 && c.length <= size)).toBe(true);
      expect(chunks).toHaveLength(Math.ceil(36 / size));
      const keys = chunks.flat().map((r) => [r.day, r.ruleId, r.form]);
      expect(keys, `chunks of ${size}`).toEqual(whole);
    }
    expect(await collect(target, { from: '2025-02-01' })).toEqual([]);
    expect((await collect(target, {}, 50)).flat()).toHaveLength(72);
  });

  it('finds the same top forms whatever the chunk size, «…» marked as other', async () => {
    const target = db();
    const all = rows();
    await target.ruleStats.bulkAdd(all);
    const expected = new Map<string, { flagged: number; accepted: number; rules: Set<string> }>();
    for (const row of all) {
      if (row.form === '' || row.day < '2025-01-02') continue;
      const sum = expected.get(row.form) ?? { flagged: 0, accepted: 0, rules: new Set() };
      sum.flagged += row.flagged;
      sum.accepted += row.accepted;
      sum.rules.add(row.ruleId);
      expected.set(row.form, sum);
    }
    const whole = await topForms(target, '2025-01-02', '2025-01-04', 10);
    expect(whole.map((f) => [f.form, f.flagged, f.accepted, f.ruleIds.length])).toEqual(
      [...expected]
        .sort(([a, x], [b, y]) => y.flagged - x.flagged || a.localeCompare(b))
        .map(([form, sum]) => [form, sum.flagged, sum.accepted, sum.rules.size]),
    );
    expect(whole.find((f) => f.form === OTHER_FORM)?.other).toBe(true);
    for (const size of [1, 4, 17])
      expect(await topForms(target, '2025-01-02', '2025-01-04', 10, size)).toEqual(whole);
    expect(await topForms(target, '2025-01-02', '2025-01-04', 2, 4)).toEqual(whole.slice(0, 2));
  });
});
