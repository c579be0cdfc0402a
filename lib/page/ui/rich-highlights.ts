import type { TextMap } from '../../fields/text-map';
import type { FindingView } from '../finding-view';
import { HIGHLIGHT_CSS } from './styles';

const styled = new WeakSet<Document | ShadowRoot>();

/** Adds the ::highlight rules once to the document or shadow root that holds the field. */
function ensureHighlightStyles(scope: Document | ShadowRoot): void {
  if (styled.has(scope)) return;
  const doc = scope instanceof Document ? scope : scope.ownerDocument;
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  // Constructed sheets are not subject to the page's style-src CSP, unlike a <style> element.
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  styled.add(scope);
}

/**
 * Underlines findings in a contenteditable field with the CSS Custom Highlight API: ranges
 * over the page's own text nodes, no change to the page's DOM.
 */
export function paintRichHighlights(
  field: HTMLElement,
  map: TextMap,
  findings: readonly FindingView[],
): void {
  const highlights = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (!highlights) return;
  ensureHighlightStyles(field.getRootNode() as Document | ShadowRoot);
  const warning = new Highlight();
  const info = new Highlight();
  for (const finding of findings) {
    const range = map.rangeFor(finding.start, finding.end);
    if (range) (finding.severity === 'warning' ? warning : info).add(range);
  }
  highlights.set('laipni-warning', warning);
  highlights.set('laipni-info', info);
}

export function clearRichHighlights(): void {
  const highlights = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  highlights?.delete('laipni-warning');
  highlights?.delete('laipni-info');
}
