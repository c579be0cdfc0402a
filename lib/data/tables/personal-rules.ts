import type { PersonalRuleRecord } from '../records';
import { table } from './table';

/** Rules the agent wrote. */
export const personalRulesTable = table<PersonalRuleRecord, string>({
  versions: { 1: 'id' },
  backup: 'rows',
  personal: true,
});
