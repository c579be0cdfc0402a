import { getActiveCall, getCall } from '../../../lib/db/calls';
import type { CallRecord } from '../../../lib/db/records';
import { useEnv } from './env';
import { useLive } from './use-live';

export interface ActiveCall {
  call: CallRecord;
  /** The earlier call that made this one a repeat call. */
  previous: CallRecord | undefined;
}

/**
 * The running call of this browser profile (any tab's), straight from Dexie: it survives page
 * reloads and a restarted service worker, and every tab's sidebar sees the same call.
 * `undefined` while loading, `null` when no call is running.
 */
export function useActiveCall(): ActiveCall | null | undefined {
  const { db } = useEnv();
  return useLive(async () => {
    const call = await getActiveCall(db);
    if (!call) return null;
    const previous = call.repeatOfCallId ? await getCall(db, call.repeatOfCallId) : undefined;
    return { call, previous };
  }, [db]);
}
