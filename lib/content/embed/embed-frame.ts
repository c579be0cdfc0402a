import type { EmbedKind, EmbedTokenMessage } from '../../protocol/frame-messages';
import { extensionApi } from '../bootstrap/extension-api';
import { sendToBackground } from '../bootstrap/send';

/**
 * The origin our extension pages run in, for posting to them. Chromium serves web-accessible
 * pages from a per-session URL (use_dynamic_url) but the page itself runs in the extension's
 * own origin; Firefox's pages run in their moz-extension:// origin.
 */
export function extensionOrigin(): string {
  const api = extensionApi();
  const base = new URL(api.runtime.getURL('/'));
  return base.protocol === 'moz-extension:' ? base.origin : `chrome-extension://${api.runtime.id}`;
}

/**
 * Creates one of our extension pages in an iframe of this document and hands it the one-time
 * token that proves to the background which tab and frame created it. The token travels by a
 * message addressed to the extension's origin once the page has loaded, never in the frame's
 * URL (which the page can read); if the page navigates the iframe elsewhere, the message is not
 * delivered. `mount` puts the iframe where it belongs before it loads.
 */
export async function embedFrame(
  doc: Document,
  page: 'sidebar.html' | 'card.html',
  kind: EmbedKind,
  mount: (frame: HTMLIFrameElement) => void,
): Promise<HTMLIFrameElement> {
  const { token } = await sendToBackground('frame:embed-token', { kind });
  const frame = doc.createElement('iframe');
  const origin = extensionOrigin();
  const handOver = () => {
    const message: EmbedTokenMessage = { laipni: 'embed-token', token };
    frame.contentWindow?.postMessage(message, origin);
  };
  frame.addEventListener('load', handOver, { once: true });
  frame.src = extensionApi().runtime.getURL(`/${page}`);
  mount(frame);
  return frame;
}
