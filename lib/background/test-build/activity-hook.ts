import type { ActivityExportService } from '../activity/export-service';

/** The activity export's clock in a test build: real time, moved on while a test finishes a day. */
let aheadMs = 0;

export const activityTestClock = (): number => Date.now() + aheadMs;

/** What `laipniActivity` offers end-to-end tests on the service worker's global. */
export interface ActivityTestHook {
  /**
   * Runs the export as if it were `asOf` (epoch ms), so the days before it are over and sent
   * through the real delivery (policy URL, PUT, backoff); returns the days sent. The export sends
   * a day only once it is over, and a test cannot wait for midnight.
   */
  sendFinishedDays(asOf: number): Promise<string[]>;
}

/** Only in test builds (scripts/check-production-build.mjs); only code inside the worker can call it. */
export function exposeActivityTestHook(activity: ActivityExportService): void {
  const hook: ActivityTestHook = {
    async sendFinishedDays(asOf) {
      // A run already under way (start, alarm) ends first; on the real clock it also notes today
      // as the first day to send, as the hourly alarm would after the policy turned the export on.
      await activity.runDue();
      aheadMs = asOf - Date.now();
      try {
        return await activity.runDue();
      } finally {
        aheadMs = 0;
      }
    },
  };
  (globalThis as unknown as { laipniActivity: ActivityTestHook }).laipniActivity = hook;
}
