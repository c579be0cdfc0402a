import { onBroadcast, sendMessage } from '../../../lib/protocol/transport/client';
import type {
  RelayResult,
  StartCallRequest,
  StartCallResponse,
  TabState,
} from '../../../lib/protocol/page-messages';
import type { FindingRef } from '../../../lib/core/model/finding';
import type { Pack } from '../../../lib/core/model/pack';

/**
 * What the sidebar asks of the background. Everything else (the call's phase, ticks, end, the
 * log, settings) it reads and writes in Dexie itself. An interface, so component tests run with
 * a fake background.
 */
export interface SidebarPort {
  tabState(tabId: number): Promise<TabState>;
  onTabState(listener: (state: TabState) => void, signal: AbortSignal): void;
  /** The effective pack (built-in < team packs < the agent's own). */
  effectivePack(): Promise<{ version: string; pack: Pack }>;
  onRulesChanged(listener: () => void, signal: AbortSignal): void;
  apply(tabId: number, finding: FindingRef, suggestion: string): Promise<RelayResult>;
  insert(tabId: number, text: string): Promise<RelayResult>;
  startCall(request: StartCallRequest): Promise<StartCallResponse>;
}

export const browserSidebarPort: SidebarPort = {
  tabState: (tabId) => sendMessage('sidebar:tab-state', { tabId }),
  onTabState: (listener, signal) => onBroadcast('sidebar:tab-state', listener, signal),
  async effectivePack() {
    const reply = await sendMessage('data:get-rules', {});
    // Without a known version the background always sends the pack.
    if (!('pack' in reply)) throw new Error('data:get-rules answered without a pack');
    return reply;
  },
  onRulesChanged: (listener, signal) => onBroadcast('data:rules-changed', () => listener(), signal),
  apply: (tabId, finding, suggestion) =>
    sendMessage('sidebar:apply', { tabId, finding, suggestion }),
  insert: (tabId, text) => sendMessage('sidebar:insert', { tabId, text }),
  startCall: (request) => sendMessage('sidebar:start-call', request),
};
