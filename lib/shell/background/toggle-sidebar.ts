import type { ToggleSource } from '../messages';
import { sendToFrame } from '../send';

/** Asks the tab's top frame to show or hide the sidebar. Pages without our script ignore it. */
export async function toggleSidebarInTab(
  tabId: number,
  source: ToggleSource,
): Promise<boolean | null> {
  try {
    const { open } = await sendToFrame(tabId, 0, 'shell:toggle-sidebar', { source });
    return open;
  } catch {
    return null;
  }
}
