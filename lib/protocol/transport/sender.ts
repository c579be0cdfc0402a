/**
 * Who sent a message, decided only from what the browser fills in (`runtime.MessageSender`),
 * never from the message. Pure, so it is tested without a browser.
 */

/** The parts of `runtime.MessageSender` the decision uses. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface ExtensionIdentity {
  extensionId: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  baseUrl: string;
}

export type SenderRole = 'extension-page' | 'content-script' | 'unknown';

function isExtensionUrl(url: string | undefined, identity: ExtensionIdentity): boolean {
  return typeof url === 'string' && url.startsWith(identity.baseUrl);
}

/**
 * - Extension page (options, sidebar even inside a CRM tab's iframe, a tab showing our page):
 *   our id, and the sending document's URL is in our origin.
 * - Content script: our id, a tab, and a document URL outside our origin.
 * - Anything else (another extension, missing data): unknown, and nothing is allowed.
 */
export function classifySender(sender: SenderInfo, identity: ExtensionIdentity): SenderRole {
  if (!identity.extensionId || sender.id !== identity.extensionId) return 'unknown';
  const origin = identity.baseUrl.replace(/\/$/, '');
  if (sender.origin !== undefined && sender.origin !== 'null' && sender.url !== undefined) {
    // Chromium also reports the origin; it must agree with the URL's side of the line.
    if (isExtensionUrl(sender.url, identity) !== (sender.origin === origin)) return 'unknown';
  }
  if (sender.url !== undefined) {
    if (isExtensionUrl(sender.url, identity)) return 'extension-page';
    return typeof sender.tab?.id === 'number' ? 'content-script' : 'unknown';
  }
  // No document URL: only a tab that itself shows one of our pages counts as ours.
  if (sender.tab && isExtensionUrl(sender.tab.url, identity)) return 'extension-page';
  return 'unknown';
}
