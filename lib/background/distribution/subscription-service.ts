import { liveQuery, type Subscription } from 'dexie';
import { listSubscriptions, updateSubscription } from '../../data/subscriptions';
import type { PackSubscription, RefreshOutcome } from '../../core/model/distribution';
import { refreshSubscription, type RefreshDeps } from './refresh';
import { earliestDue, MINUTE_MS, nextUnderPeriod } from './schedule';

/**
 * Keeps every subscription fresh: one browser alarm set to the earliest due subscription (alarms
 * survive the service worker being stopped), a refresh of each due one when it fires, and an
 * immediate first download when the options page adds a URL (observed with `liveQuery`, so the
 * page needs no message). Refreshes of one URL never overlap.
 */

export const SUBSCRIPTION_ALARM = 'laipni:subscriptions';
/** Chromium does not fire alarms sooner than 30 s from now. */
const MIN_ALARM_DELAY_MS = 30_000;

export interface AlarmPort {
  schedule(name: string, when: number, periodMinutes: number): void;
  onAlarm(listener: (name: string) => void): () => void;
}

export interface SubscriptionService {
  /** Refreshes one URL (or every subscription) now, whatever the schedule says. */
  refreshNow(url?: string): Promise<RefreshOutcome[]>;
  /** Refreshes the subscriptions that are due; returns their outcomes. */
  runDue(): Promise<RefreshOutcome[]>;
  /**
   * The refresh period changed: plans each subscription's next check anew from its last one and
   * moves the alarm, so a shorter period takes effect now, not after the check already planned.
   */
  retime(): Promise<void>;
  stop(): void;
}

export function createSubscriptionService(
  deps: RefreshDeps,
  alarms: AlarmPort,
  /** Waits for what a refresh depends on (company policy read at start). */
  ready: Promise<unknown> = Promise.resolve(),
): SubscriptionService {
  const { db } = deps;
  const inFlight = new Map<string, Promise<RefreshOutcome>>();
  let stopped = false;

  const refreshOne = (url: string): Promise<RefreshOutcome> => {
    let running = inFlight.get(url);
    if (!running) {
      running = ready
        .then(() => refreshSubscription(deps, url))
        .finally(() => inFlight.delete(url));
      inFlight.set(url, running);
    }
    return running;
  };

  const reschedule = async (subs?: PackSubscription[]) => {
    if (stopped) return;
    const list = subs ?? (await listSubscriptions(db));
    const now = deps.now();
    const due = earliestDue(
      list.map((s) => s.nextAttemptAt),
      now,
    );
    if (due === null) return;
    alarms.schedule(
      SUBSCRIPTION_ALARM,
      Math.max(due, now + MIN_ALARM_DELAY_MS),
      await deps.refreshMinutes(),
    );
  };

  const runAll = async (urls: string[]) => {
    const outcomes = await Promise.all(urls.map(refreshOne));
    await reschedule();
    return outcomes;
  };

  const runDue = async () => {
    await ready;
    const now = deps.now();
    const subs = await listSubscriptions(db);
    return runAll(subs.filter((s) => (s.nextAttemptAt ?? 0) <= now).map((s) => s.url));
  };

  const retime = async () => {
    if (stopped) return;
    const periodMs = (await deps.refreshMinutes()) * MINUTE_MS;
    const random = deps.random ?? Math.random;
    for (const sub of await listSubscriptions(db)) {
      // A refresh under way plans its next check itself, with the new period.
      if (inFlight.has(sub.url)) continue;
      const next = nextUnderPeriod(sub, periodMs, random);
      if (next !== sub.nextAttemptAt)
        await updateSubscription(db, sub.url, { nextAttemptAt: next });
    }
    await reschedule();
  };

  const offAlarm = alarms.onAlarm((name) => {
    if (name === SUBSCRIPTION_ALARM) void runDue().catch(report);
  });

  // New subscriptions (never checked) are fetched at once; the rest wait for their time.
  const watch: Subscription = liveQuery(() => listSubscriptions(db)).subscribe({
    next: (subs) => {
      const fresh = subs.filter((s) => s.lastCheckAt === undefined && !inFlight.has(s.url));
      if (fresh.length > 0) void runAll(fresh.map((s) => s.url)).catch(report);
    },
    error: report,
  });

  void runDue().catch(report);

  return {
    async refreshNow(url) {
      const urls = url ? [url] : (await listSubscriptions(db)).map((s) => s.url);
      return runAll(urls);
    },
    runDue,
    retime,
    stop() {
      stopped = true;
      offAlarm();
      watch.unsubscribe();
    },
  };
}

function report(error: unknown): void {
  console.error('Laipni: subscription refresh failed', error);
}
