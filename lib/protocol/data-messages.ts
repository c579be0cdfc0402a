import type { ImportResult } from '../data/pack-import';
import type { PurgeResult } from '../core/model/call';
import type { LayeringReport } from '../core/packs/layering';
import type { ChecklistKind, Pack } from '../core/model/pack';
import {
  DISTRIBUTION_PRIVILEGED_MESSAGES,
  type DistributionProtocolMap,
} from './distribution-messages';
import {
  PAGE_CONTENT_MESSAGES,
  PAGE_PRIVILEGED_MESSAGES,
  type PageBroadcastMap,
  type PageProtocolMap,
} from './page-messages';
import type { FindingReport } from '../core/model/finding';

/**
 * The data protocol between the background and the rest of the extension: one map from message
 * name to request and response. Content scripts may send only `CONTENT_MESSAGES`; every other
 * message is privileged (extension pages). The envelope (`./envelope.ts`) is shared with the frame messages (`./frame-messages.ts`), so
 * both routers share `runtime.onMessage` and each answers only its own names.
 */

/** The effective rule set as it travels: pack JSON plus its version hash, never compiled indexes. */
export interface RuleSet {
  version: string;
  pack: Pack;
}

export interface ProtocolMap extends PageProtocolMap, DistributionProtocolMap {
  /** The effective rule set; `unchanged` when the caller already has `knownVersion`. */
  'data:get-rules': {
    request: { knownVersion?: string };
    response: RuleSet | { version: string; unchanged: true };
  };
  /** Finding counters (statistics; the running call's counts). */
  'data:report-findings': {
    request: { events: FindingReport[] };
    response: { recorded: number };
  };
  /** Typed text matched a checklist item's detector: tick it on the running call. */
  'data:checklist-hit': {
    request: { itemId: string; checklist: ChecklistKind };
    response: { ticked: boolean };
  };
  /** Privileged: which rule came from which pack, locks, blocked and orphaned overrides. */
  'data:get-layering-report': {
    request: Record<string, never>;
    response: { version: string; report: LayeringReport };
  };
  /** Privileged: import a pack file. */
  'data:import-pack': {
    request: { json: string; confirmDowngrade?: boolean; origin?: string };
    response: ImportResult;
  };
  /** Privileged: run the retention purge now. */
  'data:purge-now': { request: Record<string, never>; response: PurgeResult };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

/** What content scripts may send; everything else needs an extension page. */
export const CONTENT_MESSAGES = [
  'data:get-rules',
  'data:report-findings',
  'data:checklist-hit',
  ...PAGE_CONTENT_MESSAGES,
] as const satisfies readonly MessageName[];

export const MESSAGE_NAMES = [
  ...CONTENT_MESSAGES,
  'data:get-layering-report',
  'data:import-pack',
  'data:purge-now',
  ...PAGE_PRIVILEGED_MESSAGES,
  ...DISTRIBUTION_PRIVILEGED_MESSAGES,
] as const satisfies readonly MessageName[];

/** Background → every tab (all frames) and extension pages. */
export interface BroadcastMap extends PageBroadcastMap {
  'data:rules-changed': { version: string };
}

export type BroadcastName = keyof BroadcastMap;

export { envelope, isEnvelope, type Envelope } from './envelope';

export type ReplyError = 'forbidden' | 'invalid' | 'rate-limited' | 'failed';

/** Every answer is a result, so the caller can tell a refusal from a failure. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError; message: string };

export function isMessageName(name: string): name is MessageName {
  return (MESSAGE_NAMES as readonly string[]).includes(name);
}

export function isContentMessage(name: MessageName): boolean {
  return (CONTENT_MESSAGES as readonly string[]).includes(name);
}
