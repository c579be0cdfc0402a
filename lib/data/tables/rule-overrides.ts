import type { RuleOverrideRecord } from '../records';
import { table } from './table';

/** The agent's changes to pack rules (switched off, own suggestions). */
export const ruleOverridesTable = table<RuleOverrideRecord, string>({
  versions: { 1: 'ruleId' },
  backup: 'rows',
  personal: true,
});
