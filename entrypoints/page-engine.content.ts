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
  main() {
    // The engine lives exactly as long as the bootstrap that loaded it (an update or uninstall
    // stops both). WXT's own context is not used: it also ends on a "content script started"
    // event that any page script can dispatch.
    const life = frameState().shell;
    if (!life) return;
    stopWhenOrphaned(life);
    startPageEngine(life.signal());
  },
});
