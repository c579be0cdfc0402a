import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBootstrap } from '../lib/shell/bootstrap';

// The tiny bootstrap that runs in every frame; the page engine is injected on first focus.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    startBootstrap(ctx.signal);
  },
});
