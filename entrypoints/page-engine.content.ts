import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageEngine } from '../lib/page/start';
import { frameState } from '../lib/shell/frame-state';

// Injected by the background into a frame on the first focus of an editable field.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // Old instances are stopped through a DOM event; the extra window.postMessage WXT also sends
  // would cost time on every page load and tell the page's scripts that Laipni is there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const shell = frameState().shellSignal;
    startPageEngine(shell ? AbortSignal.any([ctx.signal, shell]) : ctx.signal);
  },
});
