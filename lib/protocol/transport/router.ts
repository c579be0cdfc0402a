import type * as v from 'valibot';
import { isEnvelope } from '../envelope';
import type { Reply, SenderKind } from '../messages';
import { parseWith } from '../schemas';
import type { SenderLimiter } from './rate-limit';
import { classifySender, type ExtensionIdentity, type SenderInfo, type SenderRole } from './sender';

/** A message map: name → request and response types (an interface, so checked per key). */
export type MessageMap<M> = { [K in keyof M]: { request: unknown; response: unknown } };

export interface HandlerContext {
  sender: SenderInfo;
  role: Exclude<SenderRole, 'unknown'>;
}

export type Handler<M extends MessageMap<M>, K extends keyof M> = (
  request: M[K]['request'],
  context: HandlerContext,
) => Promise<M[K]['response']>;

/** One handler per message of a map. */
export type Handlers<M extends MessageMap<M>> = { [K in keyof M]: Handler<M, K> };

/** Everything the router knows of one message: who may send it, its shape, its handler. */
export type Routes<M extends MessageMap<M>> = {
  [K in keyof M]: {
    sender: SenderKind;
    schema: v.GenericSchema<unknown, M[K]['request']>;
    handle: Handler<M, K>;
  };
};

export interface RouterOptions {
  identity: ExtensionIdentity;
  /** Limits content-script messages (per frame, per tab). */
  limiter?: SenderLimiter;
  now?: () => number;
}

function refuse(error: 'forbidden' | 'invalid' | 'rate-limited', message: string) {
  return Promise.resolve<Reply<unknown>>({ ok: false, error, message });
}

/**
 * The background's one dispatch for runtime messages: checks the envelope, the sender's role
 * against the message, the rate limit, the request's shape, then calls the handler. Returns
 * undefined for messages that are not ours; otherwise always a `Reply`, never a thrown error.
 */
export function createMessageRouter<M extends MessageMap<M>>(
  routes: Routes<M>,
  options: RouterOptions,
) {
  const now = options.now ?? Date.now;
  return (message: unknown, sender: SenderInfo): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(routes, message.name)) return undefined;
    const name = message.name as keyof M & string;
    const route = routes[name];
    const role = classifySender(sender, options.identity);
    const allowed =
      role === 'extension-page' || (role === 'content-script' && route.sender === 'content');
    if (!allowed) return refuse('forbidden', `${name} is not allowed from this sender`);
    if (role === 'content-script' && options.limiter && !options.limiter.allow(sender, now()))
      return refuse('rate-limited', 'too many messages');
    const parsed = parseWith(route.schema, message.payload);
    if (!parsed.ok) return refuse('invalid', parsed.message);
    return dispatch(route.handle, parsed.value, {
      sender,
      role: role === 'extension-page' ? 'extension-page' : 'content-script',
    });
  };
}

async function dispatch<Request, Response>(
  handle: (request: Request, context: HandlerContext) => Promise<Response>,
  request: Request,
  context: HandlerContext,
): Promise<Reply<unknown>> {
  try {
    return { ok: true, value: await handle(request, context) };
  } catch (error) {
    return {
      ok: false,
      error: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Builds the routes of a message map from its senders, its schemas and its handlers. */
export function routesOf<M extends MessageMap<M>>(
  senders: { [K in keyof M]: SenderKind },
  schemas: { [K in keyof M]: v.GenericSchema<unknown, M[K]['request']> },
  handlers: Handlers<M>,
): Routes<M> {
  const routes = {} as Routes<M>;
  for (const name of Object.keys(handlers) as (keyof M)[]) {
    routes[name] = { sender: senders[name], schema: schemas[name], handle: handlers[name] };
  }
  return routes;
}
