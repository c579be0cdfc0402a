import browser from 'webextension-polyfill';
import { attachQuietly, detachQuietly } from './detach';
import { envelope, isEnvelope } from '../envelope';
import {
  type BroadcastMap,
  type BroadcastName,
  isReply,
  type MessageName,
  type ReplyError,
  type RequestOf,
  type ResponseOf,
} from '../messages';

/** A refusal or failure reported by the background. */
export class MessagingError extends Error {
  constructor(
    readonly code: ReplyError | 'no-answer',
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

/** Typed request to the background; resolves with the response or rejects with MessagingError. */
export async function sendMessage<K extends MessageName>(
  name: K,
  request: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage(envelope(name, request));
  if (!isReply(reply))
    throw new MessagingError('no-answer', `${name}: no answer from the background`);
  if (!reply.ok) throw new MessagingError(reply.error, reply.message);
  return reply.value as ResponseOf<K>;
}

/** Listens for a background broadcast until `signal` aborts. */
export function onBroadcast<K extends BroadcastName>(
  name: K,
  listener: (payload: BroadcastMap[K]) => void,
  signal: AbortSignal,
): void {
  const handle = (message: unknown): undefined => {
    if (isEnvelope(message) && message.name === name) listener(message.payload as BroadcastMap[K]);
    return undefined;
  };
  if (!attachQuietly(() => browser.runtime.onMessage.addListener(handle))) return;
  signal.addEventListener(
    'abort',
    () => detachQuietly(() => browser.runtime.onMessage.removeListener(handle)),
    { once: true },
  );
}
