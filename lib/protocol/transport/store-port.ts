import browser, { type Runtime } from 'webextension-polyfill';
import { STORE_PORT_NAME, type StorePort } from '../sidebar-store-wire';

/** The browser's `runtime.Port` as the store protocol's port. */
export function wrapPort(port: Runtime.Port): StorePort {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message: unknown) => listener(message)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  };
}

/** A sidebar's connection to the background's store. */
export function connectStorePort(): StorePort {
  return wrapPort(browser.runtime.connect({ name: STORE_PORT_NAME }));
}
