import type { ToggleSource } from '../../protocol/frame-messages';
import { sendToBackground } from '../bootstrap/send';
import { embedFrame } from '../embed/embed-frame';
import { makeRoom, type PageRoom } from './page-room';

const DEFAULT_WIDTH_PX = 360;
/**
 * The keyboard shortcut is both a browser command and a content-script key listener. Where
 * the browser does not swallow the key, both fire; a second toggle from
 * another source this soon after the first is the same key press.
 */
const SAME_PRESS_MS = 400;

export interface SidebarFrame {
  toggle(source: ToggleSource): Promise<boolean>;
  /** Opens it if closed (the site remembers it open). */
  open(): Promise<void>;
  /** The width the agent chose for this site (dragged in the sidebar, stored per site). */
  setWidth(width: number): void;
  isOpen(): boolean;
  remove(): void;
}

/**
 * The docked sidebar: an extension page in an iframe at the right edge of the top frame, so
 * the CRM's CSS and scripts cannot reach it. The sidebar page shows nothing until it proves,
 * with the one-time token handed to it (embed-frame.ts), that this content script created it.
 */
export function createSidebarFrame(doc: Document): SidebarFrame {
  let frame: HTMLIFrameElement | null = null;
  let last: { source: ToggleSource; at: number } | null = null;
  let width = DEFAULT_WIDTH_PX;
  let opening: Promise<void> | null = null;
  let room: PageRoom | null = null;

  // The sidebar makes room instead of covering the page, so none of the CRM's controls, fixed
  // bars and modals included, sit under it (page-room.ts). Fixed at the right edge, it sits
  // beside the viewport's own scrollbars, which stay the page's.
  function makePageRoom(): void {
    room = makeRoom(doc, width);
  }

  function applyWidth(next: number): void {
    if (Number.isFinite(next) && next >= 40 && next <= 1600) width = Math.round(next);
  }

  function open(): Promise<void> {
    if (frame) return Promise.resolve();
    opening ??= create().finally(() => (opening = null));
    return opening;
  }

  async function create(): Promise<void> {
    const { width: siteWidth } = await sendToBackground('frame:sidebar-width', {});
    applyWidth(siteWidth);
    frame = await embedFrame(doc, 'sidebar.html', 'sidebar', (element) => {
      element.dataset.laipni = 'sidebar';
      element.title = 'Laipni';
      Object.assign(element.style, {
        position: 'fixed',
        top: '0',
        right: '0',
        // A frame's height does not follow `bottom` (it has its own, 150px): the viewport's
        // height without its horizontal scrollbar.
        height: '100%',
        width: `${width}px`,
        border: '0',
        borderLeft: '1px solid #c9d3cd',
        boxShadow: '-2px 0 8px rgba(0,0,0,0.12)',
        background: '#ffffff',
        zIndex: '2147483646',
        colorScheme: 'normal',
      } satisfies Partial<CSSStyleDeclaration>);
      (doc.body ?? doc.documentElement).append(element);
    });
    makePageRoom();
  }

  function close(): void {
    frame?.remove();
    frame = null;
    room?.release();
    room = null;
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
    open,
    setWidth(next) {
      applyWidth(next);
      if (!frame) return;
      frame.style.width = `${width}px`;
      room?.setWidth(width);
    },
    isOpen: () => frame !== null,
    remove: close,
  };
}
