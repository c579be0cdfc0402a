import { UI_CSS } from './styles';

/**
 * Our own element at the end of the document with a shadow root, so page CSS cannot reach
 * what we draw. The badge and the card's frame live in an open root (tests and assistive
 * technology need to see them; they hold no text of the agent's: a count, an extension frame).
 * The mirror that underlines a textarea's text lives in a closed one: which spans are flagged
 * tells about the agent's rules. Created on first use only.
 */
export interface UiHost {
  root(): ShadowRoot;
  /** Whether focus is inside our host (in the card's frame, say). */
  hasFocus(): boolean;
  remove(): void;
}

export function createUiHost(doc: Document, mode: ShadowRootMode = 'open'): UiHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  return {
    root() {
      if (shadow && host?.isConnected) return shadow;
      host = doc.createElement('laipni-ui');
      host.dataset.laipni = mode === 'open' ? 'ui' : 'ui-mirror';
      shadow = host.attachShadow({ mode });
      const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
      shadow.adoptedStyleSheets = [sheet];
      doc.documentElement.append(host);
      return shadow;
    },
    hasFocus: () => host !== null && doc.activeElement === host,
    remove() {
      host?.remove();
      host = null;
      shadow = null;
    },
  };
}
