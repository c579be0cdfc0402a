import browser from 'webextension-polyfill';
import type { AlarmPort } from './subscription-service';

/** The subscription schedule on `browser.alarms`, which outlive a stopped service worker. */
export const browserAlarms: AlarmPort = {
  schedule(name, when, periodMinutes) {
    // A period too: should a run die before it reschedules, the alarm still comes back.
    void browser.alarms.create(name, { when, periodInMinutes: periodMinutes });
  },
  onAlarm(listener) {
    const onAlarm = (alarm: { name: string }) => listener(alarm.name);
    browser.alarms.onAlarm.addListener(onAlarm);
    return () => browser.alarms.onAlarm.removeListener(onAlarm);
  },
};
