import { browser } from 'wxt/browser';
import type { Envelope, ToBackground, ToContent } from './messages';

/** Typed request to the background service worker. */
export function sendToBackground<Name extends keyof ToBackground>(
  name: Name,
  payload: ToBackground[Name]['request'],
): Promise<ToBackground[Name]['response']> {
  const envelope: Envelope<Name, ToBackground[Name]['request']> = { laipni: 1, name, payload };
  return browser.runtime.sendMessage(envelope) as Promise<ToBackground[Name]['response']>;
}

/** Typed request from the background to one frame of a tab. */
export function sendToFrame<Name extends keyof ToContent>(
  tabId: number,
  frameId: number,
  name: Name,
  payload: ToContent[Name]['request'],
): Promise<ToContent[Name]['response']> {
  const envelope: Envelope<Name, ToContent[Name]['request']> = { laipni: 1, name, payload };
  return browser.tabs.sendMessage(tabId, envelope, { frameId }) as Promise<
    ToContent[Name]['response']
  >;
}

/** A tel: link click, reported to the data router (`page:tel-click`) with the same envelope. */
export function sendTelClick(number: string): Promise<unknown> {
  return browser.runtime.sendMessage({ laipni: 1, name: 'page:tel-click', payload: { number } });
}
