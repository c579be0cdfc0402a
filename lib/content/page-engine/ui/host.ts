import { UI_CSS } from './styles';

/**
 * Our own element at the end of the document, with an open shadow root (tests and assistive
 * technology need to see inside; page CSS cannot). Created on first use only.
 */
export interface UiHost {
  root(): ShadowRoot;
  remove(): void;
}

export function createUiHost(doc: Document): UiHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  return {
    root() {
      if (shadow && host?.isConnected) return shadow;
      host = doc.createElement('laipni-ui');
      host.dataset.laipni = 'ui';
      shadow = host.attachShadow({ mode: 'open' });
      const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
      shadow.adoptedStyleSheets = [sheet];
      doc.documentElement.append(host);
      return shadow;
    },
    remove() {
      host?.remove();
      host = null;
      shadow = null;
    },
  };
}
