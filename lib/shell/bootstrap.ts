import { browser } from 'wxt/browser';
import { detachQuietly } from '../messaging/detach';
import { editableFromEvent, focusedEditable } from '../fields/editable';
import { frameState } from './frame-state';
import { isEnvelope, type FrameStatus, type ToContent } from './messages';
import { sendTelClick, sendToBackground } from './send';
import { isToggleSidebarShortcut } from './shortcut';
import { createSidebarFrame, type SidebarFrame } from './sidebar-frame';

/**
 * The content script present in every frame. It stays tiny: it waits for the first focus of an
 * editable field and only then asks the background to inject the page engine into this frame.
 * Frames that never get a keystroke never load the engine. The top frame also owns the
 * sidebar iframe and its shortcut.
 */
export function startBootstrap(signal: AbortSignal): void {
  const isTop = window === window.top;
  frameState().shellSignal = signal;
  const sidebar: SidebarFrame | null = isTop ? createSidebarFrame(document) : null;
  let engineRequested = false;

  function requestEngine(): void {
    if (engineRequested) return;
    engineRequested = true;
    document.removeEventListener('focusin', onFocusIn, true);
    sendToBackground('shell:load-engine', {}).catch(() => {
      // The background may be restarting; the next focus tries again.
      engineRequested = false;
      document.addEventListener('focusin', onFocusIn, { capture: true, signal });
    });
  }

  function onFocusIn(event: FocusEvent): void {
    if (editableFromEvent(event)) requestEngine();
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
    const number = decodeURIComponent(link.href.slice('tel:'.length)).slice(0, 40);
    void sendTelClick(number);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!isToggleSidebarShortcut(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (sidebar) void sidebar.toggle('keyboard').then(afterToggle);
    else void sendToBackground('shell:toggle-sidebar', {}).catch(() => undefined);
  }

  // The bootstrap uses the native API (no polyfill), where answering asynchronously means
  // calling sendResponse and returning true.
  function onMessage(
    message: unknown,
    _sender: unknown,
    sendResponse: (response: unknown) => void,
  ): boolean | undefined {
    if (!isEnvelope(message)) return undefined;
    if (message.name === 'shell:ping') {
      const status: FrameStatus = {
        url: location.href,
        top: isTop,
        engineLoaded: frameState().engineLoaded,
        sidebarOpen: sidebar?.isOpen() ?? false,
        ruleSetRequests: frameState().ruleSetRequests,
      };
      sendResponse(status);
      return undefined;
    }
    if (message.name === 'shell:input-timings') {
      sendResponse({ samples: [...frameState().inputTimings] });
      return undefined;
    }
    if (message.name === 'shell:toggle-sidebar' && sidebar) {
      const { source } = message.payload as ToContent['shell:toggle-sidebar']['request'];
      void sidebar.toggle(source).then((open) => {
        afterToggle(open);
        sendResponse({ open });
      });
      return true;
    }
    if (message.name === 'shell:sidebar-layout' && sidebar) {
      const { width, open } = message.payload as ToContent['shell:sidebar-layout']['request'];
      sidebar.setWidth(width);
      if (open && !sidebar.isOpen()) void sidebar.open().then(() => requestEngine());
      return undefined;
    }
    return undefined;
  }

  document.addEventListener('focusin', onFocusIn, { capture: true, signal });
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
  document.addEventListener('click', onClick, { capture: true, signal });
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    detachQuietly(() => browser.runtime.onMessage.removeListener(onMessage));
    sidebar?.remove();
  });

  if (focusedEditable(document)) requestEngine();
}
