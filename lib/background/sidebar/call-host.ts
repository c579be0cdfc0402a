import type { EndpointCallMap } from '../../protocol/frame-messages';
import { callFrame, injectFile } from '../frames/call-frame';

/** Built by WXT from entrypoints/sidebar-host.ts. */
const SIDEBAR_HOST_FILE = '/sidebar-host.js';

type SidebarCall = 'endpoint:toggle-sidebar' | 'endpoint:sidebar-layout';

/**
 * Calls the sidebar host in a tab's top frame, injecting it first if that frame has none yet
 * (the bootstrap in every frame leaves the sidebar's code out). Rejects when the top frame has
 * no bootstrap of this version.
 */
export async function callSidebarHost<Name extends SidebarCall>(
  tabId: number,
  name: Name,
  payload: EndpointCallMap[Name]['request'],
): Promise<EndpointCallMap[Name]['response']> {
  try {
    return await callFrame(tabId, 0, name, payload);
  } catch {
    await injectFile(tabId, 0, SIDEBAR_HOST_FILE);
    return callFrame(tabId, 0, name, payload);
  }
}
