import type { Styled } from './style-ledger';

/** What one look through a part of the page found. */
export interface LayerScan {
  /** Elements placed against the viewport (our own UI left out), in document order. */
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

/** The element or shadow host that holds `node`. */
function parentOf(node: Element): Element | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : node.parentElement;
}

/** Whether an element's box establishes the containing block of absolute descendants. */
function containsAbsolutes(style: CSSStyleDeclaration): boolean {
  return (
    style.position !== 'static' ||
    style.transform !== 'none' ||
    style.filter !== 'none' ||
    style.perspective !== 'none' ||
    /paint|layout|strict|content/.test(style.contain) ||
    /transform|perspective|filter/.test(style.willChange)
  );
}

/**
 * Whether the element is placed against the viewport, which the root's margin does not
 * narrow: `position: fixed`, or `position: absolute` with no positioned ancestor (its
 * containing block is then the initial one, the size of the viewport: a corner link at
 * `right: 0` in an unpositioned header). Style reads only, no layout.
 */
export function isViewportAnchored(element: Styled, style = getComputedStyle(element)): boolean {
  if (style.position === 'fixed') return true;
  if (style.position !== 'absolute') return false;
  for (let parent = parentOf(element); parent; parent = parentOf(parent))
    if (containsAbsolutes(getComputedStyle(parent))) return false;
  return true;
}

/**
 * Finds the page's boxes placed against the viewport in `start` and below it, through open
 * shadow roots (web-component CRMs put toasts and modals in them). Only computed styles are
 * read (one per element, and an absolute element's ancestors); the caller looks only where the
 * page changed.
 */
export function scanLayers(start: Element | Document | ShadowRoot): LayerScan {
  const found: LayerScan = { layers: [], roots: [] };
  const visit = (element: Element): void => {
    if (isOurs(element)) return;
    if (isStyled(element) && isViewportAnchored(element)) found.layers.push(element);
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
