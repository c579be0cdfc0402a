import { defineBackground } from 'wxt/utils/define-background';
import { startBackgroundServices } from '../lib/background';
import { exposePolicyTestHook } from '../lib/background/distribution/test-hooks';
import { BUILTIN_PACK } from '../lib/engine';
import { startReinjectOnUpdate } from '../lib/shell/background/reinject';
import { startShellRouter } from '../lib/shell/background/router';
import { exposeTestHooks } from '../lib/shell/background/test-hooks';
import { startToolbarAndCommands } from '../lib/shell/background/toolbar';

export default defineBackground(() => {
  startShellRouter();
  startToolbarAndCommands();
  startReinjectOnUpdate();
  startBackgroundServices({ builtinPack: BUILTIN_PACK });
  exposeTestHooks();
  exposePolicyTestHook();
});
