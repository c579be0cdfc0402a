import type { EmbedTokenMessage } from '../protocol/frame-messages';
import type { Welcome } from '../protocol/sidebar-store-wire';
import { remoteStore, type RemoteStore } from '../protocol/transport/store-client';
import { connectStorePort } from '../protocol/transport/store-port';

/** A page could post its own guesses first; a few wrong tokens are tried, then no more. */
const MAX_ATTEMPTS = 5;

function isTokenMessage(data: unknown): data is EmbedTokenMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { laipni?: unknown }).laipni === 'embed-token' &&
    typeof (data as { token?: unknown }).token === 'string'
  );
}

export type EmbeddedConnection = Promise<{ store: RemoteStore; welcome: Welcome } | null>;

/**
 * The store of an extension page framed in a CRM page (the sidebar, a card), once the
 * background has confirmed the token our content script handed to this frame by a message.
 * Any window can post to this frame, so every token is only a candidate: the background knows
 * which one it issued for this tab. Resolves with null when none is confirmed.
 *
 * Call it while the page's modules first run: the content script posts the token when the
 * frame has loaded, and a listener added later (after a render, a dynamic import) misses it.
 */
export function connectEmbedded(win: Window = window): EmbeddedConnection {
  return new Promise((resolve) => {
    let attempts = 0;
    let done = false;
    const onMessage = (event: MessageEvent) => {
      if (done || !isTokenMessage(event.data) || attempts >= MAX_ATTEMPTS) return;
      attempts++;
      const store = remoteStore(connectStorePort, { t: 'hello', token: event.data.token });
      void store.welcome.then((welcome) => {
        if (welcome && !done) {
          done = true;
          win.removeEventListener('message', onMessage);
          resolve({ store, welcome });
          return;
        }
        store.close();
        if (!done && attempts >= MAX_ATTEMPTS) {
          done = true;
          win.removeEventListener('message', onMessage);
          // Says, to whoever debugs (and to the tests), that this frame gave up: no token of
          // ours arrived, only guesses.
          win.document.documentElement.dataset.laipniEmbed = 'refused';
          resolve(null);
        }
      });
    };
    win.addEventListener('message', onMessage);
  });
}
