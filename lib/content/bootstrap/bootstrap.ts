import { editableFromEvent, focusedEditable } from '../fields/editable';
import { envelope, isEnvelope } from '../../protocol/envelope';
import { extensionAlive } from './extension-api';
import { installFrameEndpoint } from './frame-endpoint';
import { frameState } from './frame-state';
import { type FrameStatus } from '../../protocol/frame-messages';
import { sendToBackground } from './send';
import { createFrameLife, type FrameLife } from './frame-life';
import { isToggleSidebarShortcut } from './shortcut';

/**
 * The content script present in every frame. It waits for the first focus of an editable
 * field and only then asks the background to inject the page engine into this frame; frames
 * that never get a keystroke never load the engine. The sidebar's code is not here either: the
 * background injects it into the top frame when the sidebar is first asked for
 * (sidebar-host.ts), and the shortcut goes through the background like the toolbar does.
 *
 * Load time counts in every frame of every tab (docs/benchmarks.md, "Page"), and most of it is the browser
 * compiling this file, so the file stays small and at load it only adds three listeners on the
 * window and its frame endpoint. It touches no extension API and no other DOM interface at
 * load (each first use of one costs the frame's script world measurable time), and does not
 * look for a field that already has focus: the first keystroke there loads the engine, and
 * after an update the background asks (`endpoint:check-focus`). It stops itself when it finds its
 * extension context gone.
 */

let shell: FrameLife;
let engineRequested = false;

/** Asks for the engine unless it runs or is being asked for. */
function requestEngine(): void {
  if (engineRequested || frameState().engineLoaded) return;
  engineRequested = true;
  // Not loaded (the site is switched off, the background is restarting): the next focus asks
  // again; an engine that stops when its site is switched off is asked for again the same way.
  sendToBackground('frame:load-engine', {}).then(
    () => (engineRequested = false),
    () => {
      if (!extensionAlive()) return shell.stop();
      engineRequested = false;
    },
  );
}

function onFocusIn(event: FocusEvent): void {
  if (!engineRequested && editableFromEvent(event)) requestEngine();
}

function onKeyDown(event: KeyboardEvent): void {
  if (!isToggleSidebarShortcut(event)) {
    // Typing into a field that had focus before this script ran (autofocus) loads the engine.
    if (!engineRequested && editableFromEvent(event)) requestEngine();
    return;
  }
  if (!extensionAlive()) return shell.stop();
  event.preventDefault();
  event.stopPropagation();
  // The top frame's sidebar host, once there, toggles at once; the first toggle, and any from
  // a sub-frame, goes through the background, which injects the host.
  const host = frameState().sidebarHost;
  if (host) void host.call(envelope('endpoint:toggle-sidebar', { source: 'keyboard' }));
  else void sendToBackground('frame:toggle-sidebar', {}).catch(() => undefined);
}

// A click on a tel: link offers to start a call in the sidebar (the CRM still dials).
function onClick(event: MouseEvent): void {
  if (!event.isTrusted) return;
  const link = event
    .composedPath()
    .find(
      (node): node is HTMLAnchorElement =>
        node instanceof HTMLAnchorElement && node.protocol === 'tel:',
    );
  if (!link) return;
  if (!extensionAlive()) return shell.stop();
  let number: string;
  try {
    number = decodeURIComponent(link.href.slice('tel:'.length)).slice(0, 40);
  } catch {
    return; // a malformed %-escape (tel:%E0%A4%A) is no number to call
  }
  void sendToBackground('page:tel-click', { number }).catch(() => undefined);
}

// The background's calls through the frame endpoint (frame-endpoint.ts); a promise is
// awaited by `scripting.executeScript`. Null means "not for this frame".
function onBackgroundCall(message: unknown): unknown {
  if (!isEnvelope(message)) return null;
  const state = frameState();
  if (message.name === 'endpoint:ping') {
    const status: FrameStatus = {
      url: location.href,
      top: window === window.top,
      engineLoaded: state.engineLoaded,
      sidebarOpen: state.sidebarHost?.isOpen() ?? false,
      ruleSetRequests: state.ruleSetRequests,
    };
    return status;
  }
  if (message.name === 'endpoint:input-timings') return { samples: [...state.inputTimings] };
  if (message.name === 'endpoint:check-focus') {
    if (focusedEditable(document)) requestEngine();
    return { engineRequested: engineRequested || state.engineLoaded };
  }
  return state.sidebarHost?.call(message) ?? null;
}

function listen(): void {
  // On the window, whose bindings exist already, not the document: building the document's
  // costs every frame ~0.2 ms at load. Capturing there, they run before the page's own.
  window.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('click', onClick, true);
}

/**
 * A frame whose page writes its document itself (about:blank, then `document.open()`: CKEditor
 * 4's editing frame) loses every event listener when it does so (HTML's document.open erases
 * them), and Firefox has run the bootstrap in the blank document by then. That call replaces
 * the document's children, which an observer sees: then listen again. Only blank frames pay.
 */
function listenAgainAfterDocumentOpen(): void {
  if (location.href !== 'about:blank') return;
  const observer = new MutationObserver(listen);
  observer.observe(document, { childList: true });
  shell.onStop(() => observer.disconnect());
}

function stopListening(): void {
  window.removeEventListener('focusin', onFocusIn, true);
  window.removeEventListener('keydown', onKeyDown, true);
  window.removeEventListener('click', onClick, true);
}

export function startBootstrap(): void {
  const state = frameState();
  // Injected again into a world where it already runs (re-injection after install races the
  // manifest's own injection): one is enough. A new version runs in a world of its own.
  if (state.shell && !state.shell.stopped) return;
  state.shell = shell = createFrameLife();
  state.requestEngine = requestEngine;
  listen();
  listenAgainAfterDocumentOpen();
  shell.onStop(stopListening);
  installFrameEndpoint(onBackgroundCall, shell);
}
