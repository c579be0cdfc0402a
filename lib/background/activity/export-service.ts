import type { CompanyPolicy } from '../../core/model/policy';
import type { Checklists } from '../../core/model/pack';
import { activityFileName } from '../../core/report/activity';
import type { LaipniDb } from '../../data/database';
import {
  getActivityState,
  nextDay,
  updateActivityState,
  updatePersonalDelivery,
} from '../../data/activity-export';
import type { ActivityDelivery } from '../../core/model/activity';
import { dayOf } from '../../data/stats';
import type { AlarmPort } from '../distribution/subscription-service';
import type { FetchLike } from '../distribution/fetch-pack';
import { nextAfterFailure } from '../distribution/schedule';
import { activityForDay } from '../../data/activity-day';
import { exportIdentity, type ExportIdentity } from '../../core/report/build-activity';

/**
 * The activity export's delivery: when company policy names a URL, every finished day since the
 * export was turned on is sent, in order, as `PUT <url>/<agentId>/<day>.json`. A day counts as
 * sent only when the server accepted it (2xx); a failure keeps that day first in line and backs
 * off (a minute, doubling, at most a day), so a day is never skipped. Nothing is sent without
 * the policy's URL. Today is sent once it is over. The agent's own export (switched on in the
 * options page, no policy needed) saves the same files, the same way, in the downloads folder
 * (`laipni-activity/<agentId>/<day>.json`); it sends nothing anywhere.
 */

export const ACTIVITY_ALARM = 'laipni:activity';
/** What `saveFile` answers when the agent (or the browser) took the downloads permission back. */
export const NO_DOWNLOADS_PERMISSION = 'no-downloads-permission';
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
  /**
   * Saves a file in the browser's downloads folder (the agent's own export); a problem as text,
   * or null when the browser took it.
   */
  saveFile?(path: string, text: string): Promise<string | null>;
  random?(): number;
  /** Settles once company policy was read at start. */
  ready?: Promise<unknown>;
}

export interface ActivityExportService {
  /** Sends (and saves) what is due; returns the days sent to the company's URL in this run. */
  runDue(): Promise<string[]>;
  stop(): void;
}

/** One way days leave: its state, how a file goes, and what the agent reads when it fails. */
interface Channel {
  state: ActivityDelivery;
  update(patch: Partial<ActivityDelivery>): Promise<ActivityDelivery | null>;
  deliver(path: string, body: string): Promise<string | null>;
  failed(day: string, problem: string): { lv: string; en: string };
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
      const authorization = deps.policy().activityExportAuthorization;
      const response = await deps.fetch(url, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
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

  /**
   * Delivers the finished days of one channel in order, from the day after the last one done;
   * a failure stops there and backs off, so no day is skipped. Returns the days delivered.
   */
  const deliverDays = async (
    channel: Channel,
    identity: ExportIdentity,
    checklists: Checklists,
  ): Promise<string[]> => {
    const now = deps.now();
    const today = dayOf(now);
    let state: ActivityDelivery | null = channel.state;
    if ((state.nextAttemptAt ?? 0) > now) return [];
    const done: string[] = [];
    let day = state.lastSentDay ? nextDay(state.lastSentDay) : (state.sinceDay ?? today);
    for (let i = 0; state && day < today && i < MAX_DAYS_PER_RUN; i++, day = nextDay(day)) {
      const file = await activityForDay(
        deps.db,
        day,
        identity,
        checklists,
        deps.now(),
        deps.extensionVersion,
      );
      if (file) {
        const problem = await channel.deliver(
          activityFileName(identity.agentId, day),
          `${JSON.stringify(file, null, 2)}\n`,
        );
        if (problem) {
          const failures = (state.failures ?? 0) + 1;
          const nextAttemptAt = nextAfterFailure(
            deps.now(),
            failures,
            PERIOD_MS,
            deps.random ?? Math.random,
          );
          await channel.update({
            failures,
            nextAttemptAt,
            lastError: channel.failed(day, problem),
          });
          alarms.schedule(
            ACTIVITY_ALARM,
            Math.max(nextAttemptAt, deps.now() + 30_000),
            HOUR_MINUTES,
          );
          return done;
        }
        done.push(day);
      }
      state = await channel.update({
        lastSentDay: day,
        ...(file ? { lastSentAt: deps.now() } : {}),
        failures: 0,
        nextAttemptAt: undefined,
        lastError: undefined,
      });
    }
    return done;
  };

  const run = async (): Promise<string[]> => {
    const base = deps.policy().activityExportUrl;
    let stored = await getActivityState(deps.db);
    if (!base && (stored.sinceDay || stored.lastSentDay))
      // Turned off: days from now on are never sent, even if the export is turned on again.
      stored = await updateActivityState(deps.db, {
        sinceDay: undefined,
        lastSentDay: undefined,
        failures: undefined,
        nextAttemptAt: undefined,
        lastError: undefined,
      });
    if (!base && !stored.personal) return [];
    const today = dayOf(deps.now());
    if (base && !stored.sinceDay) stored = await updateActivityState(deps.db, { sinceDay: today });
    const identity = exportIdentity(deps.policy(), stored);
    const checklists = await deps.checklists();

    const personal = stored.personal;
    const saveFile = deps.saveFile;
    if (personal?.sinceDay && saveFile) {
      const sinceDay = personal.sinceDay;
      await deliverDays(
        {
          state: personal,
          update: (patch) => updatePersonalDelivery(deps.db, sinceDay, patch),
          deliver: (path, body) => saveFile(`laipni-activity/${path}`, body),
          failed: (day, problem) =>
            problem === NO_DOWNLOADS_PERMISSION
              ? {
                  lv: `Dienas ${day} failu neizdevās saglabāt: pārlūks vairs neatļauj saglabāt lejupielādes. Izslēdziet un atkal ieslēdziet eksportu, lai to atļautu.`,
                  en: `The file for ${day} could not be saved: the browser no longer allows saving downloads. Switch the export off and on again to allow it.`,
                }
              : {
                  lv: `Dienas ${day} failu neizdevās saglabāt (${problem}); mēģinās vēlreiz.`,
                  en: `The file for ${day} could not be saved (${problem}); it will be retried.`,
                },
        },
        identity,
        checklists,
      );
    }
    if (!base) return [];
    return deliverDays(
      {
        state: stored,
        update: (patch) => updateActivityState(deps.db, patch),
        deliver: (path, body) => put(`${base}/${path}`, body),
        failed: (day, problem) => ({
          lv: `Dienas ${day} failu neizdevās nosūtīt (${problem}); mēģinās vēlreiz.`,
          en: `The file for ${day} could not be sent (${problem}); it will be retried.`,
        }),
      },
      identity,
      checklists,
    );
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
