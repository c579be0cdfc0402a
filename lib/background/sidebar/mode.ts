import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { SidebarMode } from '../../core/model/settings';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import { panelOpenIn } from './panel';

/** Firefox's sidebar (`sidebar_action`), which Chrome's typings do not know. */
interface SidebarAction {
  open(): Promise<void>;
  toggle?(): Promise<void>;
  isOpen?(details: object): Promise<boolean>;
}

export interface SidebarModeService {
  /** The mode as last read; undefined until the first read after the worker started. */
  current(): SidebarMode | undefined;
  /** Resolves once the mode is known. */
  ready(): Promise<SidebarMode>;
  stop(): void;
}

/**
 * Where the sidebar shows (settings, which company policy may set). Kept in memory, because
 * the browser opens its side panel only while the user's click or key press is being handled:
 * no database read may come before `openSidePanel`. Chrome's toolbar button then opens the
 * panel by itself (`openPanelOnActionClick`).
 */
export function startSidebarMode(db: LaipniDb): SidebarModeService {
  let mode: SidebarMode | undefined;
  let resolveReady: (mode: SidebarMode) => void = () => undefined;
  const first = new Promise<SidebarMode>((resolve) => (resolveReady = resolve));
  const subscription = liveQuery(() => getSettings(db)).subscribe({
    next: (settings) => {
      mode = settings.sidebarMode;
      resolveReady(mode);
      void browser.sidePanel
        ?.setPanelBehavior({ openPanelOnActionClick: mode === 'side-panel' })
        .catch(() => undefined);
    },
    error: (error: unknown) => console.error('Laipni: sidebar mode', error),
  });
  return {
    current: () => mode,
    ready: () => first,
    stop: () => subscription.unsubscribe(),
  };
}

/**
 * Opens the browser's side panel for the window (Chrome) or the sidebar (Firefox), or closes
 * it when it is open. Call it synchronously from the handler of the agent's click or key
 * press: the browser refuses otherwise, and then it resolves with null; else with whether the
 * panel is now open.
 */
export async function toggleSidePanel(windowId: number | undefined): Promise<boolean | null> {
  try {
    const firefox = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    if (firefox) {
      await (firefox.toggle ? firefox.toggle() : firefox.open());
      return (await firefox.isOpen?.({})) ?? true;
    }
    const panel = browser.sidePanel;
    if (!panel || windowId === undefined) return null;
    // Closing needs Chrome 141; before it, the panel's own close button does.
    if (panelOpenIn(windowId) && typeof panel.close === 'function') {
      await panel.close({ windowId });
      return false;
    }
    await panel.open({ windowId });
    return true;
  } catch {
    return null;
  }
}
