import type { RuleStatRecord } from '../records';
import { table } from './table';

/** Counters per day, rule and flagged phrase form; never the text around it. */
export const ruleStatsTable = table<RuleStatRecord, [string, string, string]>({
  versions: {
    // Stats by day (charts, retention).
    1: '[day+ruleId+form], day',
    2: '[day+ruleId+form], day, [ruleId+day]',
  },
  backup: 'rows',
  personal: true,
  purge: (stats, cutoff) => stats.where('day').below(cutoff.day).delete(),
});
