import type { PersonalPhraseRecord } from '../records';
import { table } from './table';

/** Library phrases the agent added. */
export const personalPhrasesTable = table<PersonalPhraseRecord, string>({
  versions: { 1: 'id' },
  backup: 'rows',
  personal: true,
});
