import { editableFromEvent, focusedEditable } from '../fields/editable';
import { installFrameEndpoint } from './frame-endpoint';
import { frameState } from './frame-state';
import { isEnvelope, type FrameStatus, type ToContent } from './messages';
import { extensionAlive, stopWhenOrphaned } from './orphan';
import { sendTelClick, sendToBackground } from './send';
import { listenWhileAlive, type ShellLife } from './shell-life';
import { isToggleSidebarShortcut } from './shortcut';
import { createSidebarFrame, type SidebarFrame } from './sidebar-frame';

/**
 * The content script present in every frame. It stays tiny: it waits for the first focus of an
 * editable field and only then asks the background to inject the page engine into this frame.
 * Frames that never get a keystroke never load the engine. The top frame also owns the
 * sidebar iframe and its shortcut.
 *
 * Load time counts in every frame of every tab (issue 9): at load it adds three listeners on
 * the window and its frame endpoint, and touches no extension API and no other DOM interface
 * (each first use of one costs the frame's script world measurable time); it does not even
 * look for a field that already has focus: the first keystroke there loads the engine, and
 * after an update the background asks (`shell:check-focus`). It stops itself when it finds its
 * extension context gone.
 */
export function startBootstrap(shell: ShellLife): void {
  // Injected again into a world where it already runs (re-injection after install races the
  // manifest's own injection): one is enough. A new version runs in a world of its own.
  const running = frameState().shell;
  if (running && !running.stopped) return;
  frameState().shell = shell;
  let sidebar: SidebarFrame | null | undefined;
  let engineRequested = false;

  function sidebarFrame(): SidebarFrame | null {
    if (sidebar === undefined) {
      sidebar = window === window.top ? createSidebarFrame(document) : null;
      if (sidebar) {
        stopWhenOrphaned(shell);
        shell.onStop(() => sidebar?.remove());
      }
    }
    return sidebar;
  }

  function requestEngine(): void {
    if (engineRequested) return;
    engineRequested = true;
    sendToBackground('shell:load-engine', {}).catch(() => {
      if (!extensionAlive()) return shell.stop();
      // The background may be restarting; the next focus tries again.
      engineRequested = false;
    });
  }

  function onFocusIn(event: FocusEvent): void {
    if (!engineRequested && editableFromEvent(event)) requestEngine();
  }

  // The sidebar needs this frame's page values (the agent is working in this tab), and the
  // site remembers whether it was open.
  function afterToggle(open: boolean): void {
    if (open) requestEngine();
    void sendToBackground('shell:sidebar-state', { open }).catch(() => undefined);
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
    const number = decodeURIComponent(link.href.slice('tel:'.length)).slice(0, 40);
    void sendTelClick(number).catch(() => undefined);
  }

  function onKeyDown(event: KeyboardEvent): void {
    // Typing into a field that had focus before this script ran (autofocus) loads the engine.
    if (!isToggleSidebarShortcut(event)) {
      if (!engineRequested && editableFromEvent(event)) requestEngine();
      return;
    }
    if (!extensionAlive()) return shell.stop();
    event.preventDefault();
    event.stopPropagation();
    const frame = sidebarFrame();
    if (frame) void frame.toggle('keyboard').then(afterToggle);
    else void sendToBackground('shell:toggle-sidebar', {}).catch(() => undefined);
  }

  // The background's calls through the frame endpoint (frame-endpoint.ts); a promise is
  // awaited by `scripting.executeScript`. Null means "not for this frame".
  function onBackgroundCall(message: unknown): unknown {
    if (!isEnvelope(message)) return null;
    if (message.name === 'shell:ping') {
      const status: FrameStatus = {
        url: location.href,
        top: window === window.top,
        engineLoaded: frameState().engineLoaded,
        sidebarOpen: sidebar?.isOpen() ?? false,
        ruleSetRequests: frameState().ruleSetRequests,
      };
      return status;
    }
    if (message.name === 'shell:input-timings') {
      return { samples: [...frameState().inputTimings] };
    }
    if (message.name === 'shell:check-focus') {
      if (focusedEditable(document)) requestEngine();
      return { engineRequested };
    }
    const frame = sidebarFrame();
    if (message.name === 'shell:toggle-sidebar' && frame) {
      const { source } = message.payload as ToContent['shell:toggle-sidebar']['request'];
      return frame.toggle(source).then((open) => {
        afterToggle(open);
        return { open };
      });
    }
    if (message.name === 'shell:sidebar-layout' && frame) {
      const { width, open } = message.payload as ToContent['shell:sidebar-layout']['request'];
      frame.setWidth(width);
      if (open && !frame.isOpen()) void frame.open().then(() => requestEngine());
      return {};
    }
    return null;
  }

  // On the window, whose bindings exist already, not the document: building the document's
  // costs every frame ~0.2 ms at load. Capturing there, they run before the page's own.
  listenWhileAlive(shell, window, 'focusin', onFocusIn);
  listenWhileAlive(shell, window, 'keydown', onKeyDown);
  listenWhileAlive(shell, window, 'click', onClick);
  installFrameEndpoint(onBackgroundCall, shell);
}
