import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';
import { browserPolicySource } from '../lib/background/distribution/managed-source';
import { activityTestClock, startTestBuild, withTestPolicy } from '../lib/background/test-build';
import { BUILTIN_PACK } from '../lib/core/engine';

// A test build (`wxt build --mode test`) adds hooks for end-to-end tests; in a production build
// the condition is the constant false and the bundler leaves the test code out.
const TEST_BUILD = import.meta.env.MODE === 'test';

export default defineBackground(() => {
  const background = startBackground({
    builtinPack: BUILTIN_PACK,
    policySource: TEST_BUILD ? withTestPolicy(browserPolicySource) : browserPolicySource,
    ...(TEST_BUILD ? { activityClock: activityTestClock } : {}),
  });
  if (TEST_BUILD) startTestBuild(background);
});
