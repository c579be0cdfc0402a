import browser from 'webextension-polyfill';
import type { LaipniDb } from '../data/database';
import { broadcast, type BroadcastPort } from '../protocol/transport/broadcast';
import { createRateLimiter } from '../protocol/transport/rate-limit';
import { createMessageRouter } from '../protocol/transport/router';
import type { SenderInfo } from '../protocol/transport/sender';
import type { DistributionHandlers } from './distribution/distribution-handlers';
import { createDataHandlers } from './data-handlers';
import type { PageHandlers } from './tabs/tab-handlers';
import type { RuleSetService } from './rule-set';

/** Content-script messages per tab per minute; typing produces a few per second at most. */
const CONTENT_MESSAGES_PER_MINUTE = 600;

export const browserBroadcastPort: BroadcastPort = {
  tabIds: async () =>
    (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  sendToPages: (message) => browser.runtime.sendMessage(message),
};

/** Answers the data protocol on `runtime.onMessage` and broadcasts each new rule-set version. */
export function startMessageRouter(
  db: LaipniDb,
  rules: RuleSetService,
  pageHandlers: PageHandlers,
  distributionHandlers: DistributionHandlers,
): () => void {
  const route = createMessageRouter(
    { ...createDataHandlers(db, rules), ...pageHandlers, ...distributionHandlers },
    {
      identity: { extensionId: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
      limiter: createRateLimiter(CONTENT_MESSAGES_PER_MINUTE, 60_000),
    },
  );
  const listener = (message: unknown, sender: SenderInfo) => route(message, sender);
  browser.runtime.onMessage.addListener(listener);
  const unsubscribe = rules.onChange(({ version }) => {
    void broadcast(browserBroadcastPort, 'data:rules-changed', { version });
  });
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    unsubscribe();
  };
}
