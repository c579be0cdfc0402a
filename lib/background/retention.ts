import browser from 'webextension-polyfill';
import type { LaipniDb } from '../data/database';
import { purgeExpired } from '../data/retention';
import { getSettings } from '../data/settings';

const ALARM = 'laipni:retention';
const PERIOD_MINUTES = 6 * 60;

async function purge(db: LaipniDb): Promise<void> {
  try {
    await purgeExpired(db, (await getSettings(db)).retentionDays);
  } catch (error) {
    console.error('Laipni: retention purge failed', error);
  }
}

/** Purges old calls and statistics at start and every six hours (alarms survive worker restarts). */
export function startRetentionSchedule(db: LaipniDb): () => void {
  void purge(db);
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === ALARM) void purge(db);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
  });
  return () => browser.alarms.onAlarm.removeListener(onAlarm);
}
