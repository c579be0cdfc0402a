import { extensionApi } from './extension-api';
import { envelope } from '../../protocol/envelope';
import type { ToBackground } from '../../protocol/frame-messages';

/**
 * Calls an extension API that returns a promise. After an update the old context's API throws
 * synchronously ("Extension context invalidated"); callers handle a rejection, so turn it
 * into one.
 */
function settle<T>(call: () => Promise<unknown>): Promise<T> {
  try {
    return call() as Promise<T>;
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Typed request to the background service worker. */
export function sendToBackground<Name extends keyof ToBackground>(
  name: Name,
  payload: ToBackground[Name]['request'],
): Promise<ToBackground[Name]['response']> {
  const message = envelope(name, payload);
  return settle(() => extensionApi().runtime.sendMessage(message));
}

/** A tel: link click, reported to the data router (`page:tel-click`) with the same envelope. */
export function sendTelClick(number: string): Promise<unknown> {
  return settle(() => extensionApi().runtime.sendMessage(envelope('page:tel-click', { number })));
}
