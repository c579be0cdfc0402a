import { envelope } from '../../protocol/envelope';
import type { PageCommandMap, RelayResult } from '../../protocol/page-messages';
import type { PagePort } from './tab-handlers';

export type FrameRelay = <K extends keyof PageCommandMap>(
  tabId: number,
  frameId: number | undefined,
  name: K,
  request: PageCommandMap[K]['request'],
) => Promise<RelayResult>;

/**
 * Sends the sidebar's apply or insert to the one frame of the tab that should act on it; the
 * frame's page engine answers whether it did (fail closed: a finding that moved does nothing).
 */
export function createFrameRelay(port: PagePort): FrameRelay {
  return async (tabId, frameId, name, request) => {
    if (frameId === undefined) return { ok: false, reason: 'no-field' };
    try {
      const answer = (await port.sendToFrame(tabId, frameId, envelope(name, request))) as
        RelayResult | undefined;
      return answer ?? { ok: false, reason: 'no-answer' };
    } catch {
      return { ok: false, reason: 'page-gone' };
    }
  };
}
