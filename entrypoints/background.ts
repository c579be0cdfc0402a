import { defineBackground } from 'wxt/utils/define-background';
import { startBackgroundServices } from '../lib/background/start';
import { exposePolicyTestHook } from '../lib/background/test-hooks/policy';
import { BUILTIN_PACK } from '../lib/core/engine';
import { startReinjectOnUpdate } from '../lib/background/frames/reinject';
import { startShellRouter } from '../lib/background/frames/frame-handlers';
import { startSidebarLayout } from '../lib/background/sidebar/layout';
import { exposeTestHooks } from '../lib/background/test-hooks/frames';
import { startToolbarAndCommands } from '../lib/background/toolbar';

export default defineBackground(() => {
  const services = startBackgroundServices({ builtinPack: BUILTIN_PACK });
  startShellRouter(startSidebarLayout(services.db));
  startToolbarAndCommands();
  startReinjectOnUpdate();
  exposeTestHooks();
  exposePolicyTestHook();
});
