import { browser } from 'wxt/browser';
import type { ToggleSource } from './messages';
import { sendToBackground } from './send';

const DEFAULT_WIDTH_PX = 360;
/**
 * The keyboard shortcut is both a browser command and a content-script key listener
 * (DECISIONS.md). Where the browser does not swallow the key, both fire; a second toggle from
 * another source this soon after the first is the same key press.
 */
const SAME_PRESS_MS = 400;

export interface SidebarFrame {
  toggle(source: ToggleSource): Promise<boolean>;
  isOpen(): boolean;
  remove(): void;
}

/**
 * The docked sidebar: an extension page in an iframe at the right edge of the top frame, so
 * the CRM's CSS and scripts cannot reach it. The iframe carries a one-time token that the
 * sidebar page verifies with the background before it shows anything.
 */
export function createSidebarFrame(doc: Document): SidebarFrame {
  let frame: HTMLIFrameElement | null = null;
  let last: { source: ToggleSource; at: number } | null = null;

  async function open(): Promise<void> {
    const { token } = await sendToBackground('shell:sidebar-token', {});
    const element = doc.createElement('iframe');
    element.dataset.laipni = 'sidebar';
    element.title = 'Laipni';
    element.src = `${browser.runtime.getURL('/sidebar.html')}#token=${encodeURIComponent(token)}`;
    Object.assign(element.style, {
      position: 'fixed',
      top: '0',
      right: '0',
      width: `${DEFAULT_WIDTH_PX}px`,
      height: '100vh',
      border: '0',
      borderLeft: '1px solid #c9d3cd',
      boxShadow: '-2px 0 8px rgba(0,0,0,0.12)',
      background: '#ffffff',
      zIndex: '2147483646',
      colorScheme: 'normal',
    } satisfies Partial<CSSStyleDeclaration>);
    (doc.body ?? doc.documentElement).append(element);
    frame = element;
  }

  function close(): void {
    frame?.remove();
    frame = null;
  }

  return {
    async toggle(source) {
      const now = Date.now();
      const samePress = last !== null && last.source !== source && now - last.at < SAME_PRESS_MS;
      last = { source, at: now };
      if (samePress) return frame !== null;
      if (frame) close();
      else await open();
      return frame !== null;
    },
    isOpen: () => frame !== null,
    remove: close,
  };
}
