import { defineBackground } from 'wxt/utils/define-background';
import { startBackgroundServices } from '../lib/background';
import { exposePolicyTestHook } from '../lib/background/distribution/test-hooks';
import { BUILTIN_PACK } from '../lib/engine';
import { startReinjectOnUpdate } from '../lib/shell/background/reinject';
import { startShellRouter } from '../lib/shell/background/router';
import { startSidebarLayout } from '../lib/shell/background/sidebar-layout';
import { exposeTestHooks } from '../lib/shell/background/test-hooks';
import { startToolbarAndCommands } from '../lib/shell/background/toolbar';

export default defineBackground(() => {
  const services = startBackgroundServices({ builtinPack: BUILTIN_PACK });
  startShellRouter(startSidebarLayout(services.db));
  startToolbarAndCommands();
  startReinjectOnUpdate();
  exposeTestHooks();
  exposePolicyTestHook();
});
