import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBootstrap } from '../lib/shell/bootstrap';

// The tiny bootstrap that runs in every frame; the page engine is injected on first focus.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // Old instances are stopped through a DOM event; the extra window.postMessage WXT also sends
  // would cost time on every page load and tell the page's scripts that Laipni is there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startBootstrap(ctx.signal);
  },
});
