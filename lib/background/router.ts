import browser from 'webextension-polyfill';
import { MESSAGE_SENDERS, type ProtocolMap } from '../protocol/messages';
import { REQUEST_SCHEMAS } from '../protocol/schemas';
import { createFrameLimiter } from '../protocol/transport/rate-limit';
import {
  createMessageRouter,
  routesOf,
  type Handlers,
  type MessageMap,
  type Routes,
} from '../protocol/transport/router';
import type { SenderInfo } from '../protocol/transport/sender';

/** Content-script messages per frame per minute; typing produces a few per second at most. */
const MESSAGES_PER_FRAME_PER_MINUTE = 600;
/** All frames of a tab together, except the preferred ones (see `startMessageRouter`). */
const MESSAGES_PER_TAB_PER_MINUTE = 1200;

export interface MessageRouter {
  /** Adds the routes of another map (a test build's test requests). */
  extend<M extends MessageMap<M>>(routes: Routes<M>): void;
  stop(): void;
}

/**
 * The one `runtime.onMessage` listener: every request of `ProtocolMap` goes through one router
 * that checks the sender, the rate limit and the request's shape, and always answers with a
 * `Reply`.
 */
export function startMessageRouter(
  handlers: Handlers<ProtocolMap>,
  /** Frames the tab's ceiling does not stop: the top frame, the one the agent works in. */
  preferred: (sender: SenderInfo) => boolean = (sender) => sender.frameId === 0,
): MessageRouter {
  const routes: Record<string, unknown> = {
    ...routesOf<ProtocolMap>(MESSAGE_SENDERS, REQUEST_SCHEMAS, handlers),
  };
  const route = createMessageRouter(routes as Routes<ProtocolMap>, {
    identity: { extensionId: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    limiter: createFrameLimiter({
      perFrame: MESSAGES_PER_FRAME_PER_MINUTE,
      perTab: MESSAGES_PER_TAB_PER_MINUTE,
      windowMs: 60_000,
      preferred,
    }),
  });
  const listener = (message: unknown, sender: SenderInfo) => route(message, sender);
  browser.runtime.onMessage.addListener(listener);
  return {
    extend(more) {
      Object.assign(routes, more);
    },
    stop: () => browser.runtime.onMessage.removeListener(listener),
  };
}
