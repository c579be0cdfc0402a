import { defineBackground } from 'wxt/utils/define-background';
import { exposeTestHooks } from '../lib/shell/background/test-hooks';
import { startReinjectOnUpdate } from '../lib/shell/background/reinject';
import { startShellRouter } from '../lib/shell/background/router';
import { startToolbarAndCommands } from '../lib/shell/background/toolbar';

export default defineBackground(() => {
  startShellRouter();
  startToolbarAndCommands();
  startReinjectOnUpdate();
  exposeTestHooks();
});
