import type { Background } from '../start';
import { exposeActivityTestHook } from './activity-hook';
import { exposeFrameHooks } from './frame-hooks';
import { exposePolicyTestHook } from './policy-hook';
import { testRoutes } from './test-routes';

export { withTestPolicy } from './policy-source';
export { activityTestClock } from './activity-hook';

/**
 * What a test build's service worker adds (`wxt build --mode test`): hooks on its global for
 * end-to-end tests and the page benchmark, and the test requests. A production build contains
 * none of this (scripts/check-production-build.mjs greps the built bundles).
 */
export function startTestBuild(background: Background): void {
  background.router.extend(testRoutes(background));
  exposeFrameHooks(background.showSidebar);
  exposePolicyTestHook();
  exposeActivityTestHook(background.activity);
}
