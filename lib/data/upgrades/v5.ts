import type { Transaction } from 'dexie';
import { ruleDayTotalsTable } from '../tables/rule-day-totals';

/**
 * v5: the per-rule-per-day totals table, built from the statistics rows already stored (one
 * chunk of rows at a time, however many there are).
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await ruleDayTotalsTable.rebuild?.((name) => tx.table(name));
}
