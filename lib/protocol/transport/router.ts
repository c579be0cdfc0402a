import type { RateLimiter } from './rate-limit';
import {
  isContentMessage,
  isEnvelope,
  isMessageName,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../data-messages';
import { classifySender, type ExtensionIdentity, type SenderInfo, type SenderRole } from './sender';
import { parseRequest } from '../data-schemas';

export interface HandlerContext {
  sender: SenderInfo;
  role: Exclude<SenderRole, 'unknown'>;
}

export type Handler<K extends MessageName> = (
  request: RequestOf<K>,
  context: HandlerContext,
) => Promise<ResponseOf<K>>;

export type Handlers = { [K in MessageName]: Handler<K> };

export interface RouterOptions {
  identity: ExtensionIdentity;
  /** Limits content-script messages per tab. */
  limiter?: RateLimiter;
  now?: () => number;
}

/**
 * The background's dispatch: checks the envelope, the sender's role against the message, the
 * request's shape, then calls the handler. Returns undefined for messages that are not ours
 * (the shell router answers those); otherwise always a `Reply`, never a thrown error.
 */
export function createMessageRouter(handlers: Handlers, options: RouterOptions) {
  const now = options.now ?? Date.now;
  return (message: unknown, sender: SenderInfo): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !isMessageName(message.name)) return undefined;
    const name = message.name;
    const role = classifySender(sender, options.identity);
    const allowed =
      role === 'extension-page' || (role === 'content-script' && isContentMessage(name));
    if (!allowed) {
      return Promise.resolve({
        ok: false,
        error: 'forbidden',
        message: `${name} is not allowed from this sender`,
      });
    }
    if (
      role === 'content-script' &&
      options.limiter &&
      !options.limiter.allow(String(sender.tab?.id), now())
    ) {
      return Promise.resolve({ ok: false, error: 'rate-limited', message: 'too many messages' });
    }
    const parsed = parseRequest(name, message.payload);
    if (!parsed.ok)
      return Promise.resolve({ ok: false, error: 'invalid', message: parsed.message });
    return dispatch(handlers, name, parsed.value, { sender, role: allowedRole(role) });
  };
}

async function dispatch<K extends MessageName>(
  handlers: Handlers,
  name: K,
  request: RequestOf<K>,
  context: HandlerContext,
): Promise<Reply<unknown>> {
  try {
    const handler = handlers[name] as Handler<K>;
    return { ok: true, value: await handler(request, context) };
  } catch (error) {
    return {
      ok: false,
      error: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

function allowedRole(role: SenderRole): HandlerContext['role'] {
  return role === 'extension-page' ? 'extension-page' : 'content-script';
}
