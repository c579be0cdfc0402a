import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startBootstrap } from '../lib/shell/bootstrap';
import { createShellLife } from '../lib/shell/shell-life';

// The tiny bootstrap that runs in every frame (declared in the manifest by wxt.config.ts); the
// page engine is injected on first focus. An unlisted script rather than a WXT content script:
// WXT's content-script wrapper costs every frame more load time than the bootstrap itself.
export default defineUnlistedScript(() => {
  startBootstrap(createShellLife());
});
