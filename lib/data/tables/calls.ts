import type { CallRecord } from '../../core/model/call';
import { table } from './table';

/** The call log. An open call is never purged. */
export const callsTable = table<CallRecord, string>({
  versions: {
    // Last calls of a contact, calls by start time (log, retention).
    1: 'id, startedAt, [contactKey+startedAt]',
    // A derived `outcome` (open / completed / dropped) can be indexed; booleans cannot.
    2: 'id, startedAt, [contactKey+startedAt], outcome, [outcome+startedAt]',
  },
  backup: 'rows',
  personal: true,
  async purge(calls, cutoff) {
    const old = await calls
      .where('startedAt')
      .below(cutoff.time)
      .filter((call) => call.outcome !== 'open')
      .primaryKeys();
    await calls.bulkDelete(old);
    return old.length;
  },
});
