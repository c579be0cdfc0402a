import { frameState } from '../bootstrap/frame-state';
import { type EndpointCallMap } from '../../protocol/frame-messages';
import { isEnvelope } from '../../protocol/envelope';
import { stopWhenOrphaned } from '../bootstrap/orphan';
import { sendToBackground } from '../bootstrap/send';
import { createSidebarFrame } from './sidebar-frame';

/**
 * The top frame's side of the sidebar, injected by the background the first time the sidebar
 * is asked for in a tab (shortcut, toolbar, command, or a site that remembers it open), so no
 * frame pays for compiling it at load (docs/benchmarks.md, "Page"). It answers the background's sidebar calls
 * through the bootstrap's frame endpoint. Injected again, it does nothing.
 */
export function startSidebarHost(): void {
  const state = frameState();
  const shell = state.shell;
  if (!shell || shell.stopped || state.sidebarHost || window !== window.top) return;
  const frame = createSidebarFrame(document);
  stopWhenOrphaned(shell);

  // The sidebar needs this frame's page values (the agent is working in this tab), and the
  // site remembers whether it was open.
  function afterToggle(open: boolean): void {
    if (open) state.requestEngine?.();
    void sendToBackground('frame:sidebar-state', { open }).catch(() => undefined);
  }

  function call(message: unknown): unknown {
    if (!isEnvelope(message)) return null;
    if (message.name === 'endpoint:toggle-sidebar') {
      const { source } = message.payload as EndpointCallMap['endpoint:toggle-sidebar']['request'];
      return frame.toggle(source).then((open) => {
        afterToggle(open);
        return { open };
      });
    }
    if (message.name === 'endpoint:sidebar-layout') {
      const { width, open } =
        message.payload as EndpointCallMap['endpoint:sidebar-layout']['request'];
      frame.setWidth(width);
      if (open && !frame.isOpen()) void frame.open().then(() => state.requestEngine?.());
      return {};
    }
    return null;
  }

  const host = { isOpen: frame.isOpen, call };
  state.sidebarHost = host;
  shell.onStop(() => {
    frame.remove();
    if (state.sidebarHost === host) delete state.sidebarHost;
  });
}
