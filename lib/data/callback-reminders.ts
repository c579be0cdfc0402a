import { droppedCallsSince, lastCallsOfContact } from './calls';
import type { LaipniDb } from './database';
import type { CallRecord } from '../core/model/call';
import { needsCallback } from '../core/calls/reminders';

/**
 * Dropped calls that still owe a call-back, newest first (see `needsCallback`). Reads inside a
 * liveQuery follow the calls and their dismissals, so every open sidebar updates at once.
 */
export async function pendingCallbacks(db: LaipniDb, since = 0): Promise<CallRecord[]> {
  const dropped = await droppedCallsSince(db, since);
  const pending: CallRecord[] = [];
  for (const call of dropped) {
    const newest = call.contactKey
      ? (await lastCallsOfContact(db, call.contactKey, 1))[0]
      : undefined;
    if (needsCallback(call, newest)) pending.push(call);
  }
  return pending;
}

/** The agent dismissed the call-back reminder of a dropped call: it stays dismissed. */
export async function dismissCallback(db: LaipniDb, callId: string): Promise<void> {
  await db.calls.update(callId, { callbackDismissed: true });
}
