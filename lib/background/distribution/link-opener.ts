import browser from 'webextension-polyfill';
import { optionsUrlForLink } from '../../core/packs/subscription-link';

/**
 * Opening a lead's subscription link (`https://laipni.invalid/subscribe#…`, a host that never
 * resolves) in a tab takes that tab to the options page with the link, where the agent sees the
 * team, the URL and the key fingerprint and confirms once. Nothing is subscribed here: the link
 * came from outside, so only the agent's click on the options page acts on it.
 */

export function startLinkOpener(): () => void {
  const optionsPage = browser.runtime.getURL('/options.html');
  const onUpdated = (tabId: number, change: { url?: string }) => {
    const target = change.url ? optionsUrlForLink(change.url, optionsPage) : null;
    if (target)
      browser.tabs.update(tabId, { url: target }).catch((error: unknown) => {
        console.error('Laipni: could not open the subscription link', error);
      });
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => browser.tabs.onUpdated.removeListener(onUpdated);
}
