import type { DataBroadcastMap, DataProtocolMap } from './data-messages';
import type { DistributionProtocolMap } from './distribution-messages';
import type { FrameProtocolMap } from './frame-messages';
import type { PageBroadcastMap, PageProtocolMap } from './page-messages';
import type { VoiceProtocolMap } from './voice-messages';

/**
 * Every request that reaches the background through `runtime.sendMessage`: one map from
 * message name to request and response, answered by the one router, always with a `Reply`.
 * (The sidebar talks over its store port instead: ./sidebar-store.ts.)
 */
export interface ProtocolMap
  extends
    DataProtocolMap,
    PageProtocolMap,
    DistributionProtocolMap,
    FrameProtocolMap,
    VoiceProtocolMap {}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

/**
 * Who may send each request: a content script beside a CRM page (`content`), or one of our own
 * extension pages (`extension`). The background decides the sender from what the browser
 * fills in, never from the message.
 */
export type SenderKind = 'content' | 'extension';

export const MESSAGE_SENDERS = {
  'data:get-rules': 'content',
  'data:report-findings': 'content',
  'data:checklist-hit': 'content',
  'page:setup': 'content',
  'page:findings': 'content',
  'page:values': 'content',
  'page:tel-click': 'content',
  'page:card': 'content',
  'page:interaction': 'content',
  'page:expand': 'content',
  'page:fill': 'content',
  'frame:load-engine': 'content',
  'frame:toggle-sidebar': 'content',
  'frame:embed-token': 'content',
  'frame:sidebar-width': 'content',
  'frame:sidebar-state': 'content',
  'data:subscribe': 'extension',
  'data:refresh-subscription': 'extension',
  'data:subscription-diff': 'extension',
  'data:get-policy': 'extension',
  'data:set-distribution-settings': 'extension',
  'voice:metrics': 'extension',
  'voice:failed': 'extension',
} as const satisfies Record<MessageName, SenderKind>;

/** Background → tabs and extension pages. */
export interface BroadcastMap extends DataBroadcastMap, PageBroadcastMap {}
export type BroadcastName = keyof BroadcastMap;

export type ReplyError = 'forbidden' | 'invalid' | 'rate-limited' | 'failed';

/** Every answer is a result, so the caller can tell a refusal from a failure. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError; message: string };

export function isReply(value: unknown): value is Reply<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}
