import type { Table } from 'dexie';
import type { RuleDayTotalRecord, RuleStatRecord } from './records';
import { STATS_CHUNK, forEachStatsChunk, type RuleStatKey } from './stats-chunks';

export type RuleDayTotalKey = [string, string];
export type RuleDayTotals = Table<RuleDayTotalRecord, RuleDayTotalKey>;

type Counts = Pick<RuleStatRecord, 'day' | 'ruleId' | 'flagged' | 'accepted' | 'ignored'>;

/**
 * Adds counters to the per-rule-per-day totals. Called in the transaction that writes the rows
 * themselves, so the totals never drift from them.
 */
export async function addToRuleDayTotals(
  totals: RuleDayTotals,
  added: readonly Counts[],
): Promise<void> {
  const sums = new Map<string, RuleDayTotalRecord>();
  for (const row of added) {
    const key = JSON.stringify([row.day, row.ruleId]);
    const sum = sums.get(key);
    if (sum) {
      sum.flagged += row.flagged;
      sum.accepted += row.accepted;
      sum.ignored += row.ignored;
    } else {
      const { day, ruleId, flagged, accepted, ignored } = row;
      sums.set(key, { day, ruleId, flagged, accepted, ignored });
    }
  }
  const rows = [...sums.values()];
  const stored = await totals.bulkGet(rows.map((r) => [r.day, r.ruleId] as RuleDayTotalKey));
  await totals.bulkPut(
    rows.map((row, i) => {
      const old = stored[i];
      if (!old) return row;
      return {
        ...row,
        flagged: old.flagged + row.flagged,
        accepted: old.accepted + row.accepted,
        ignored: old.ignored + row.ignored,
      };
    }),
  );
}

/**
 * Makes the totals again from every statistics row: after a restore and in the upgrade that
 * added them. Rows come in (day, rule, form) order, so each rule's day is finished when the key
 * moves on and only one chunk of rows is held at a time.
 */
export async function rebuildRuleDayTotals(
  stats: Table<RuleStatRecord, RuleStatKey>,
  totals: RuleDayTotals,
  chunkSize = STATS_CHUNK,
): Promise<void> {
  await totals.clear();
  let open: RuleDayTotalRecord | null = null;
  await forEachStatsChunk(
    stats,
    {},
    (chunk) => {
      const done: RuleDayTotalRecord[] = [];
      for (const row of chunk) {
        if (open && open.day === row.day && open.ruleId === row.ruleId) {
          open.flagged += row.flagged;
          open.accepted += row.accepted;
          open.ignored += row.ignored;
          continue;
        }
        if (open) done.push(open);
        const { day, ruleId, flagged, accepted, ignored } = row;
        open = { day, ruleId, flagged, accepted, ignored };
      }
      return totals.bulkPut(done);
    },
    chunkSize,
  );
  if (open) await totals.put(open);
}
