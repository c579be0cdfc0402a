import type { PersonalChecklistItemRecord } from '../records';
import { table } from './table';

/** Checklist items the agent added. */
export const personalChecklistItemsTable = table<PersonalChecklistItemRecord, string>({
  versions: { 1: 'id, checklist' },
  backup: 'rows',
  personal: true,
});
