import browser from 'webextension-polyfill';
import type { LaipniDb } from '../../data/database';
import { browserAlarms } from '../distribution/browser-alarms';
import type { PolicyService } from '../distribution/policy-service';
import type { RuleSetService } from '../rule-set';
import { createActivityExportService, type ActivityExportService } from './export-service';
import { saveDownload } from './save-download';

/**
 * The activity export in the background: sends only when company policy names a URL, saves
 * files only when the agent switched their own export on. `now` is the clock that decides when a day is over (a test build moves it on to finish a day).
 */
export function startActivityExport(
  db: LaipniDb,
  policy: PolicyService,
  rules: RuleSetService,
  now: () => number = Date.now,
): ActivityExportService {
  return createActivityExportService(
    {
      db,
      fetch: (url, init) => fetch(url, init),
      now,
      policy: () => policy.current(),
      checklists: async () => (await rules.current()).pack.checklists ?? {},
      extensionVersion: browser.runtime.getManifest().version,
      saveFile: saveDownload,
      ready: policy.ready,
    },
    browserAlarms,
  );
}
