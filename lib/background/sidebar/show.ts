import type { ToggleSource } from '../../protocol/frame-messages';
import { toggleSidePanel, type SidebarModeService } from './mode';
import { toggleSidebarInTab } from './toggle';

/** The tab the agent acted in: the toolbar's, the command's or the key press's. */
export interface ActingTab {
  id?: number;
  windowId?: number;
}

/**
 * Shows or hides the sidebar where the agent chose: the in-page sidebar of the tab, or the
 * browser's side panel of its window. Resolves with whether it is open (null: the tab has no
 * sidebar host, or the browser refused the panel).
 */
export type ShowSidebar = (tab: ActingTab, source: ToggleSource) => Promise<boolean | null>;

export function createShowSidebar(mode: SidebarModeService): ShowSidebar {
  const inPage = (tab: ActingTab, source: ToggleSource) =>
    tab.id === undefined ? Promise.resolve(null) : toggleSidebarInTab(tab.id, source);
  const panel = (tab: ActingTab) => toggleSidePanel(tab.windowId);
  return (tab, source) => {
    const current = mode.current();
    // The side panel is asked for before anything is awaited, while the gesture still counts.
    if (current === 'side-panel') return panel(tab);
    if (current === 'in-page') return inPage(tab, source);
    return mode.ready().then((m) => (m === 'side-panel' ? panel(tab) : inPage(tab, source)));
  };
}
