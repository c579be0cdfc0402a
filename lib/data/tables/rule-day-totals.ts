import type { Table } from 'dexie';
import type { RuleDayTotalRecord, RuleStatRecord } from '../records';
import type { RuleStatKey } from '../stats-chunks';
import { rebuildRuleDayTotals, type RuleDayTotalKey } from '../stats-totals';
import { table } from './table';

/**
 * Counters per day and rule, the forms of `ruleStats` added up, kept by the same writes: the
 * statistics view's trends read rules × days rows from here. Derived, so a backup leaves it out
 * and a restore makes it again from the restored `ruleStats` (the two can never disagree).
 */
export const ruleDayTotalsTable = table<RuleDayTotalRecord, RuleDayTotalKey>({
  versions: {
    // Days are the key's first part: a day range (the view, retention) is a key range.
    5: '[day+ruleId]',
  },
  backup: 'derived',
  rebuild: (tableOf) =>
    rebuildRuleDayTotals(
      tableOf('ruleStats') as Table<RuleStatRecord, RuleStatKey>,
      tableOf('ruleDayTotals') as Table<RuleDayTotalRecord, RuleDayTotalKey>,
    ),
  personal: true,
  // [day] sorts before every [day, rule]: below it are exactly the earlier days.
  purge: (totals, cutoff) => totals.where('[day+ruleId]').below([cutoff.day]).delete(),
});
