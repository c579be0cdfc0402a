import type { TextMap } from '../../fields/text-map';
import type { Finding } from '../../../core/model/finding';
import { spanAfterEdit, type TextEdit } from '../../../core/engine/edit-spans';
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

function registry(): HighlightRegistry | undefined {
  return (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
}

/** A range the browser kept live through the edit, still between two text positions. */
function stillSound(range: Range): boolean {
  return (
    !range.collapsed &&
    range.startContainer.nodeType === 3 &&
    range.endContainer.nodeType === 3 &&
    range.startContainer.isConnected
  );
}

interface Painted {
  finding: Finding;
  range: Range;
}

export interface RichHighlighter {
  paint(field: HTMLElement, map: TextMap, findings: readonly Finding[], edit: TextEdit): void;
  clear(): void;
}

/**
 * Underlines findings in a contenteditable field with the CSS Custom Highlight API: ranges
 * over the page's own text nodes, no change to the page's DOM. Ranges are live (the browser
 * moves them as the text changes), so a keystroke adds ranges only for new findings and drops
 * those that went: making ~130 new ranges per keystroke in a long note cost more than the
 * check itself, and every range left for the garbage collector slows the page's own edits.
 */
export function createRichHighlighter(): RichHighlighter {
  let warning: Highlight | null = null;
  let info: Highlight | null = null;
  let painted: Painted[] = [];
  let paintedField: HTMLElement | null = null;

  const drop = (range: Range) => {
    warning?.delete(range);
    info?.delete(range);
  };

  return {
    paint(field, map, findings, edit) {
      const highlights = registry();
      if (!highlights) return;
      ensureHighlightStyles(field.getRootNode() as Document | ShadowRoot);
      warning ??= new Highlight();
      info ??= new Highlight();
      if (highlights.get('laipni-warning') !== warning) highlights.set('laipni-warning', warning);
      if (highlights.get('laipni-info') !== info) highlights.set('laipni-info', info);
      if (field !== paintedField) {
        for (const { range } of painted) drop(range);
        painted = [];
        paintedField = field;
      }

      const kept = new Map<string, Range>();
      for (const { finding, range } of painted) {
        const at = spanAfterEdit(edit, finding.start, finding.end);
        if (at !== null && stillSound(range)) {
          kept.set(`${finding.ruleId}@${at}+${finding.end - finding.start}`, range);
        } else drop(range);
      }
      const next: Painted[] = [];
      for (const finding of findings) {
        const key = `${finding.ruleId}@${finding.start}+${finding.end - finding.start}`;
        let range = kept.get(key);
        if (range) kept.delete(key);
        else {
          range = map.rangeFor(finding.start, finding.end) ?? undefined;
          if (!range) continue;
          (finding.severity === 'warning' ? warning : info).add(range);
        }
        next.push({ finding, range });
      }
      for (const range of kept.values()) drop(range);
      painted = next;
    },
    clear() {
      const highlights = registry();
      highlights?.delete('laipni-warning');
      highlights?.delete('laipni-info');
      warning = null;
      info = null;
      painted = [];
      paintedField = null;
    },
  };
}
