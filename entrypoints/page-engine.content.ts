import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageEngine } from '../lib/content/page-engine/start';
import { frameState } from '../lib/content/bootstrap/frame-state';
import { stopWhenOrphaned } from '../lib/content/bootstrap/orphan';

// Injected by the background into a frame on the first focus of an editable field.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // Old instances are stopped through a DOM event; the extra window.postMessage WXT also sends
  // would tell the page's scripts that Laipni is there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const shell = frameState().shell;
    if (!shell) return startPageEngine(ctx.signal);
    // The engine's UI goes with the bootstrap that loaded it (an update or uninstall).
    stopWhenOrphaned(shell);
    startPageEngine(AbortSignal.any([ctx.signal, shell.signal()]));
  },
});
