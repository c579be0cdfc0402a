import browser from 'webextension-polyfill';
import type { BroadcastPort } from '../protocol/transport/broadcast';
import { callFrame } from './frames/call-frame';
import { toggleSidebarInTab } from './sidebar/toggle';
import type { PagePort } from './tabs/tab-handlers';

/**
 * The browser calls the background's services make towards tabs and extension pages, in one
 * place; services take them as an interface, so they are tested without a browser.
 */
export const browserPort: PagePort & BroadcastPort = {
  tabIds: async () =>
    (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  sendToFrame: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  sendToPages: (message) => browser.runtime.sendMessage(message),
  async openSidebar(tabId) {
    const status = await callFrame(tabId, 0, 'endpoint:ping', {}).catch(() => null);
    if (status && !status.sidebarOpen) await toggleSidebarInTab(tabId, 'toolbar');
  },
};
