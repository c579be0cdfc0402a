import type { ToggleSource } from '../messages';
import { callFrame } from './call-frame';

/** Asks the tab's top frame to show or hide the sidebar. Pages without our script ignore it. */
export async function toggleSidebarInTab(
  tabId: number,
  source: ToggleSource,
): Promise<boolean | null> {
  try {
    const { open } = await callFrame(tabId, 0, 'shell:toggle-sidebar', { source });
    return open;
  } catch {
    return null;
  }
}
