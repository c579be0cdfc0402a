import type { CompanyPolicy } from '../../core/model/policy';
import type { Checklists } from '../../core/model/pack';
import { activityFileName } from '../../core/report/activity';
import type { LaipniDb } from '../../data/database';
import { getActivityState, nextDay, updateActivityState } from '../../data/activity-export';
import { dayOf } from '../../data/stats';
import type { AlarmPort } from '../distribution/subscription-service';
import type { FetchLike } from '../distribution/fetch-pack';
import { nextAfterFailure } from '../distribution/schedule';
import { activityForDay } from '../../data/activity-day';
import { exportIdentity } from '../../core/report/build-activity';

/**
 * The activity export's delivery: when company policy names a URL, every finished day since the
 * export was turned on is sent, in order, as `PUT <url>/<agentId>/<day>.json`. A day counts as
 * sent only when the server accepted it (2xx); a failure keeps that day first in line and backs
 * off (a minute, doubling, at most a day), so a day is never skipped. Nothing is sent without
 * the policy's URL. Today is sent once it is over.
 */

export const ACTIVITY_ALARM = 'laipni:activity';
const HOUR_MINUTES = 60;
const PERIOD_MS = HOUR_MINUTES * 60_000;
/** At most this many days go in one run (a browser closed for weeks catches up over runs). */
const MAX_DAYS_PER_RUN = 31;
const TIMEOUT_MS = 20_000;

export interface ActivityExportDeps {
  db: LaipniDb;
  fetch: FetchLike;
  now(): number;
  policy(): CompanyPolicy;
  checklists(): Promise<Checklists>;
  extensionVersion: string;
  random?(): number;
  /** Settles once company policy was read at start. */
  ready?: Promise<unknown>;
}

export interface ActivityExportService {
  /** Sends what is due; returns the days sent in this run. */
  runDue(): Promise<string[]>;
  stop(): void;
}

export function createActivityExportService(
  deps: ActivityExportDeps,
  alarms: AlarmPort,
): ActivityExportService {
  let running: Promise<string[]> | null = null;

  const put = async (url: string, body: string): Promise<string | null> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await deps.fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
        signal: controller.signal,
        credentials: 'omit',
      });
      return response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
  };

  const run = async (): Promise<string[]> => {
    const base = deps.policy().activityExportUrl;
    if (!base) {
      // Turned off: days from now on are never sent, even if the export is turned on again.
      const stored = await getActivityState(deps.db);
      if (stored.sinceDay || stored.lastSentDay)
        await updateActivityState(deps.db, {
          sinceDay: undefined,
          lastSentDay: undefined,
          failures: undefined,
          nextAttemptAt: undefined,
          lastError: undefined,
        });
      return [];
    }
    const now = deps.now();
    const today = dayOf(now);
    let state = await getActivityState(deps.db);
    if (!state.sinceDay) state = await updateActivityState(deps.db, { sinceDay: today });
    if ((state.nextAttemptAt ?? 0) > now) return [];
    const identity = exportIdentity(deps.policy(), state);
    const checklists = await deps.checklists();
    const sent: string[] = [];
    let day = state.lastSentDay ? nextDay(state.lastSentDay) : (state.sinceDay ?? today);
    for (let i = 0; day < today && i < MAX_DAYS_PER_RUN; i++, day = nextDay(day)) {
      const file = await activityForDay(
        deps.db,
        day,
        identity,
        checklists,
        deps.now(),
        deps.extensionVersion,
      );
      if (file) {
        const url = `${base}/${activityFileName(identity.agentId, day)}`;
        const problem = await put(url, `${JSON.stringify(file, null, 2)}\n`);
        if (problem) {
          const failures = (state.failures ?? 0) + 1;
          state = await updateActivityState(deps.db, {
            failures,
            nextAttemptAt: nextAfterFailure(
              deps.now(),
              failures,
              PERIOD_MS,
              deps.random ?? Math.random,
            ),
            lastError: {
              lv: `Dienas ${day} failu neizdevās nosūtīt (${problem}); mēģinās vēlreiz.`,
              en: `The file for ${day} could not be sent (${problem}); it will be retried.`,
            },
          });
          alarms.schedule(
            ACTIVITY_ALARM,
            Math.max(state.nextAttemptAt ?? 0, deps.now() + 30_000),
            HOUR_MINUTES,
          );
          return sent;
        }
        sent.push(day);
      }
      state = await updateActivityState(deps.db, {
        lastSentDay: day,
        ...(file ? { lastSentAt: deps.now() } : {}),
        failures: 0,
        nextAttemptAt: undefined,
        lastError: undefined,
      });
    }
    return sent;
  };

  const runDue = () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };

  alarms.schedule(ACTIVITY_ALARM, deps.now() + 60_000, HOUR_MINUTES);
  const off = alarms.onAlarm((name) => {
    if (name === ACTIVITY_ALARM) void runDue().catch(report);
  });
  void (deps.ready ?? Promise.resolve()).then(runDue).catch(report);
  return { runDue, stop: off };
}

function report(error: unknown): void {
  console.error('Laipni: activity export failed', error);
}
