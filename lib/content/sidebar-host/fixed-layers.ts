import type { Styled } from './style-ledger';

/** What one look through a part of the page found. */
export interface LayerScan {
  /** Fixed-position elements (our own UI left out), in document order. */
  layers: Styled[];
  /** Open shadow roots met on the way, to be observed like the document. */
  roots: ShadowRoot[];
}

/** Our own elements in the page (the sidebar frame, the badge and card host) are not the CRM's. */
function isOurs(element: Element): boolean {
  return element.localName === 'laipni-ui' || element.getAttribute('data-laipni') === 'sidebar';
}

function isStyled(element: Element): element is Styled {
  return 'style' in element;
}

/**
 * Finds the page's fixed-position boxes in `start` and below it, through open shadow roots
 * (web-component CRMs put toasts and modals in them). Only the computed `position` is read, so a
 * look is one style read per element; the caller looks only where the page changed.
 */
export function scanLayers(start: Element | Document | ShadowRoot): LayerScan {
  const found: LayerScan = { layers: [], roots: [] };
  const visit = (element: Element): void => {
    if (isOurs(element)) return;
    if (isStyled(element) && getComputedStyle(element).position === 'fixed')
      found.layers.push(element);
    const shadow = element.shadowRoot;
    if (shadow) {
      found.roots.push(shadow);
      for (const child of shadow.children) visit(child);
    }
    for (const child of element.children) visit(child);
  };
  if (start instanceof Element) visit(start);
  else for (const child of start.children) visit(child);
  return found;
}
