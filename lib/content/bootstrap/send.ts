import { envelope } from '../../protocol/envelope';
import {
  isReply,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from '../../protocol/messages';
import { extensionApi } from './extension-api';

/**
 * Typed request to the background through the one router, with the browser's own API (the
 * bootstrap does not load the polyfill): resolves with the answer's value, rejects on a refusal
 * or failure. After an update the old context's API throws synchronously ("Extension context
 * invalidated"); that becomes a rejection too.
 */
export async function sendToBackground<K extends MessageName>(
  name: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply: unknown = await extensionApi().runtime.sendMessage(envelope(name, payload));
  if (!isReply(reply)) throw new Error(`${name}: no answer from the background`);
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  return reply.value as ResponseOf<K>;
}
