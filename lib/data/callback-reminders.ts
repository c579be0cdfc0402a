import { droppedCallsSince, lastCallsOfContact } from './calls';
import type { LaipniDb } from './database';
import type { CallRecord } from '../core/model/call';
import { needsCallback } from '../core/calls/reminders';

/** Dismissed call-back reminders live in `meta`, so they stay dismissed across reloads. */
const DISMISSED_KEY = 'callbackDismissed';
/** Enough to cover every dropped call within the retention period of a busy agent. */
const MAX_DISMISSED = 500;

async function dismissedIds(db: LaipniDb): Promise<string[]> {
  const record = await db.meta.get(DISMISSED_KEY);
  if (!record) return [];
  try {
    const parsed: unknown = JSON.parse(record.value);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    // A damaged value only brings dismissed reminders back; it must not break the sidebar.
    return [];
  }
}

/**
 * Dropped calls that still owe a call-back, newest first (see `needsCallback`). Reads inside a
 * liveQuery follow the calls and the dismissals, so every open sidebar updates at once.
 */
export async function pendingCallbacks(db: LaipniDb, since = 0): Promise<CallRecord[]> {
  const [dropped, dismissed] = await Promise.all([
    droppedCallsSince(db, since),
    dismissedIds(db).then((ids) => new Set(ids)),
  ]);
  const pending: CallRecord[] = [];
  for (const call of dropped) {
    const newest = call.contactKey
      ? (await lastCallsOfContact(db, call.contactKey, 1))[0]
      : undefined;
    if (needsCallback(call, newest, dismissed)) pending.push(call);
  }
  return pending;
}

export async function dismissCallback(db: LaipniDb, callId: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const ids = (await dismissedIds(db)).filter((id) => id !== callId);
    ids.push(callId);
    await db.meta.put({ key: DISMISSED_KEY, value: JSON.stringify(ids.slice(-MAX_DISMISSED)) });
  });
}
