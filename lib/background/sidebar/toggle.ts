import type { ToggleSource } from '../../protocol/frame-messages';
import { callSidebarHost } from './call-host';

/** Asks the tab's top frame to show or hide the sidebar. Pages without our script ignore it. */
export async function toggleSidebarInTab(
  tabId: number,
  source: ToggleSource,
): Promise<boolean | null> {
  try {
    const { open } = await callSidebarHost(tabId, 'endpoint:toggle-sidebar', { source });
    return open;
  } catch {
    return null;
  }
}
