import { envelope } from '../envelope';
import { type BroadcastMap, type BroadcastName } from '../messages';

/** The two browser calls a broadcast needs; injected so the fan-out is tested without a browser. */
export interface BroadcastPort {
  tabIds(): Promise<number[]>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  sendToPages(message: unknown): Promise<unknown>;
}

/**
 * Sends a broadcast to every frame of every tab and to extension pages. Tabs without our
 * content script (new-tab pages, the web store) reject; that is expected and ignored.
 */
export async function broadcast<K extends BroadcastName>(
  port: BroadcastPort,
  name: K,
  payload: BroadcastMap[K],
): Promise<number> {
  const message = envelope(name, payload);
  const ids = await port.tabIds().catch(() => []);
  const results = await Promise.allSettled([
    ...ids.map((id) => port.sendToTab(id, message)),
    port.sendToPages(message),
  ]);
  return results.slice(0, ids.length).filter((r) => r.status === 'fulfilled').length;
}
