import type { PersonalScriptRecord } from '../records';
import { table } from './table';

/** Call scripts the agent made in the options page, copied from a team script, or imported. */
export const personalScriptsTable = table<PersonalScriptRecord, string>({
  versions: { 4: 'id' },
  backup: 'rows',
  personal: true,
});
