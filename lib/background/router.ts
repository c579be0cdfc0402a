import browser from 'webextension-polyfill';
import { MESSAGE_SENDERS, type ProtocolMap } from '../protocol/messages';
import { REQUEST_SCHEMAS } from '../protocol/schemas';
import { createRateLimiter } from '../protocol/transport/rate-limit';
import {
  createMessageRouter,
  routesOf,
  type Handlers,
  type MessageMap,
  type Routes,
} from '../protocol/transport/router';
import type { SenderInfo } from '../protocol/transport/sender';

/** Content-script messages per tab per minute; typing produces a few per second at most. */
const CONTENT_MESSAGES_PER_MINUTE = 600;

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
export function startMessageRouter(handlers: Handlers<ProtocolMap>): MessageRouter {
  const routes: Record<string, unknown> = {
    ...routesOf<ProtocolMap>(MESSAGE_SENDERS, REQUEST_SCHEMAS, handlers),
  };
  const route = createMessageRouter(routes as Routes<ProtocolMap>, {
    identity: { extensionId: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    limiter: createRateLimiter(CONTENT_MESSAGES_PER_MINUTE, 60_000),
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
