import type { VoiceSummary } from '../core/voice/types';
import Dexie from 'dexie';
import { drop } from '../core/scripts/navigate';
import type { ChecklistKind, Phase } from '../core/model/pack';
import type { ScriptProgress } from '../core/model/script';
import type { LaipniDb } from './database';
import {
  outcomeOf,
  type CallDirection,
  type CallRecord,
  type ContactRecord,
} from '../core/model/call';

/**
 * The call log. One call is open at a time per browser profile: starting a call
 * closes any call left open (a crashed tab, a killed service worker) as completed.
 */

export interface StartCallInput {
  site: string;
  tabId?: number | null;
  direction: CallDirection;
  contactKey?: string | null;
  customerName?: string | null;
  startedByAgent: boolean;
  rulesVersion?: string | null;
  /** A previous call of the contact within this window makes this a repeat call. */
  repeatWindowMs?: number;
  /** The dropped call this call calls back. */
  callBackOf?: string;
  now?: number;
  id?: string;
}

function newId(): string {
  return crypto.randomUUID();
}

export function getCall(db: LaipniDb, id: string): Promise<CallRecord | undefined> {
  return db.calls.get(id);
}

/** The call in progress, if any. */
export async function getActiveCall(db: LaipniDb): Promise<CallRecord | undefined> {
  return db.calls
    .where('[outcome+startedAt]')
    .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
    .last();
}

/** Newest calls of a contact first. */
export function lastCallsOfContact(
  db: LaipniDb,
  contactKey: string,
  limit = 5,
): Promise<CallRecord[]> {
  return db.calls
    .where('[contactKey+startedAt]')
    .between([contactKey, Dexie.minKey], [contactKey, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The contact's latest call started within `windowMs` before `now` (repeat-call detection). */
export async function findRecentCall(
  db: LaipniDb,
  contactKey: string,
  windowMs: number,
  now = Date.now(),
): Promise<CallRecord | undefined> {
  return db.calls
    .where('[contactKey+startedAt]')
    .between([contactKey, now - windowMs], [contactKey, now], true, true)
    .last();
}

/** The call log, newest first, optionally one contact's, paged by `before` (a start time). */
export function listCalls(
  db: LaipniDb,
  options: { limit?: number; before?: number; contactKey?: string } = {},
): Promise<CallRecord[]> {
  const limit = options.limit ?? 50;
  const before = options.before ?? Dexie.maxKey;
  const query = options.contactKey
    ? db.calls
        .where('[contactKey+startedAt]')
        .between([options.contactKey, Dexie.minKey], [options.contactKey, before])
    : db.calls.where('startedAt').below(before);
  return query.reverse().limit(limit).toArray();
}

/** Dropped calls since `since`, newest first (call-back reminders). */
export function droppedCallsSince(db: LaipniDb, since: number): Promise<CallRecord[]> {
  return db.calls
    .where('[outcome+startedAt]')
    .between(['dropped', since], ['dropped', Dexie.maxKey])
    .reverse()
    .toArray();
}

export async function startCall(db: LaipniDb, input: StartCallInput): Promise<CallRecord> {
  const now = input.now ?? Date.now();
  return db.transaction('rw', db.calls, db.contacts, async () => {
    const open = await db.calls.where('outcome').equals('open').toArray();
    for (const call of open)
      await db.calls.put({ ...call, endedAt: now, outcome: outcomeOf({ ...call, endedAt: now }) });
    const contactKey = input.contactKey ?? null;
    const previous =
      contactKey && input.repeatWindowMs
        ? await findRecentCall(db, contactKey, input.repeatWindowMs, now)
        : undefined;
    const call: CallRecord = {
      id: input.id ?? newId(),
      startedAt: now,
      endedAt: null,
      tabId: input.tabId ?? null,
      site: input.site,
      direction: input.direction,
      contactKey,
      customerName: input.customerName ?? null,
      startedByAgent: input.startedByAgent,
      repeatOfCallId: previous?.id ?? null,
      phases: [{ phase: 'opening', at: now }],
      ticks: [],
      findings: 0,
      accepted: 0,
      ignored: 0,
      dropped: false,
      outcome: 'open',
      rulesVersion: input.rulesVersion ?? null,
      ...(input.callBackOf ? { callBackOf: input.callBackOf } : {}),
    };
    await db.calls.add(call);
    if (contactKey) {
      const seen = await db.contacts.get(contactKey);
      const contact: ContactRecord = {
        contactKey,
        firstSeenAt: seen?.firstSeenAt ?? now,
        lastCallAt: now,
        lastCallId: call.id,
        callCount: (seen?.callCount ?? 0) + 1,
        customerName: call.customerName ?? seen?.customerName ?? null,
      };
      await db.contacts.put(contact);
    }
    return call;
  });
}

async function changeCall(
  db: LaipniDb,
  id: string,
  change: (call: CallRecord) => CallRecord | null,
): Promise<CallRecord | undefined> {
  return db.transaction('rw', db.calls, async () => {
    const call = await db.calls.get(id);
    if (!call) return undefined;
    const next = change(call);
    if (!next) return call;
    await db.calls.put(next);
    return next;
  });
}

export function setCallPhase(db: LaipniDb, id: string, phase: Phase, now = Date.now()) {
  return changeCall(db, id, (call) => {
    if (call.outcome !== 'open' || call.phases.at(-1)?.phase === phase) return null;
    return { ...call, phases: [...call.phases, { phase, at: now }] };
  });
}

export function setChecklistTick(
  db: LaipniDb,
  id: string,
  tick: { itemId: string; checklist: ChecklistKind; ticked: boolean; auto: boolean; now?: number },
) {
  return changeCall(db, id, (call) => {
    const has = call.ticks.some((t) => t.itemId === tick.itemId);
    if (has === tick.ticked) return null;
    const ticks = tick.ticked
      ? [
          ...call.ticks,
          {
            itemId: tick.itemId,
            checklist: tick.checklist,
            at: tick.now ?? Date.now(),
            auto: tick.auto,
          },
        ]
      : call.ticks.filter((t) => t.itemId !== tick.itemId);
    return { ...call, ticks };
  });
}

export function addCallCounts(
  db: LaipniDb,
  id: string,
  counts: { findings?: number; accepted?: number; ignored?: number },
) {
  return changeCall(db, id, (call) => ({
    ...call,
    findings: call.findings + (counts.findings ?? 0),
    accepted: call.accepted + (counts.accepted ?? 0),
    ignored: call.ignored + (counts.ignored ?? 0),
  }));
}

export function endCall(
  db: LaipniDb,
  id: string,
  options: { dropped?: boolean; now?: number } = {},
) {
  return changeCall(db, id, (call) => {
    if (call.outcome !== 'open') return null;
    const endedAt = options.now ?? Date.now();
    const ended = { ...call, endedAt, dropped: options.dropped ?? false };
    // A dropped line ends the script's current visit; the call-back continues from it.
    if (ended.dropped && ended.script) ended.script = drop(ended.script, endedAt);
    return { ...ended, outcome: outcomeOf(ended) };
  });
}

/**
 * Keeps the voice coach's summary (numbers only) on the call it listened to, open or ended (the
 * capture stops as the call ends, so the summary usually arrives just after), and ticks the
 * body items it met (`ticked`, auto) that are not ticked yet.
 */
export function setCallVoice(
  db: LaipniDb,
  id: string,
  voice: VoiceSummary,
  ticked: readonly string[] = [],
  now = Date.now(),
) {
  return changeCall(db, id, (call) => {
    const fresh = ticked.filter((itemId) => !call.ticks.some((t) => t.itemId === itemId));
    const ticks = [
      ...call.ticks,
      ...fresh.map((itemId) => ({ itemId, checklist: 'body' as const, at: now, auto: true })),
    ];
    return { ...call, voice, ticks };
  });
}

export async function deleteCall(db: LaipniDb, id: string): Promise<void> {
  await db.calls.delete(id);
}

/** Clears the call log and the contacts seen (repeat-call memory goes with it). */
export async function deleteAllCalls(db: LaipniDb): Promise<void> {
  await db.transaction('rw', db.calls, db.contacts, async () => {
    await db.calls.clear();
    await db.contacts.clear();
  });
}

export function getContact(db: LaipniDb, contactKey: string): Promise<ContactRecord | undefined> {
  return db.contacts.get(contactKey);
}

/** The script progress of the calls that ended, started at or after `from` (ms), oldest first. */
export async function scriptProgressSince(db: LaipniDb, from: number): Promise<ScriptProgress[]> {
  const calls = await db.calls.where('startedAt').aboveOrEqual(from).toArray();
  return calls.flatMap((call) => (call.outcome !== 'open' && call.script ? [call.script] : []));
}
