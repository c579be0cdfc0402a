import type { FindingView } from '../finding-view';
import { el } from './element';

const COPIED_STYLES = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
] as const;

export interface MirrorOverlay {
  paint(text: string, findings: readonly FindingView[]): void;
  /** Re-aligns with the field after scrolling, resizing or layout changes. */
  align(): void;
  remove(): void;
}

/**
 * Textareas and inputs cannot hold highlights, so a transparent copy of the text sits exactly
 * over the field inside our shadow root, with underlined marks where the findings are.
 */
export function createMirrorOverlay(
  root: ShadowRoot,
  field: HTMLInputElement | HTMLTextAreaElement,
): MirrorOverlay {
  const doc = field.ownerDocument;
  const mirror = el(doc, 'div', {
    class: 'mirror',
    'aria-hidden': 'true',
    'data-laipni': 'mirror',
  });
  if (field instanceof HTMLInputElement) mirror.classList.add('single-line');
  root.append(mirror);

  const copyStyles = () => {
    const computed = (doc.defaultView ?? window).getComputedStyle(field);
    for (const name of COPIED_STYLES) mirror.style[name] = computed[name];
  };
  copyStyles();

  const align = () => {
    const box = field.getBoundingClientRect();
    mirror.style.left = `${box.left}px`;
    mirror.style.top = `${box.top}px`;
    mirror.style.width = `${box.width}px`;
    mirror.style.height = `${box.height}px`;
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };

  return {
    paint(text, findings) {
      const parts: Array<Node | string> = [];
      let at = 0;
      for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
        if (finding.start < at) continue;
        parts.push(text.slice(at, finding.start));
        parts.push(
          el(doc, 'mark', { class: finding.severity }, text.slice(finding.start, finding.end)),
        );
        at = finding.end;
      }
      // A trailing newline needs a character after it to take up a line, as in the textarea.
      parts.push(text.slice(at) + (text.endsWith('\n') ? ' ' : ''));
      mirror.replaceChildren(
        ...parts.map((p) => (typeof p === 'string' ? doc.createTextNode(p) : p)),
      );
      copyStyles();
      align();
    },
    align,
    remove: () => mirror.remove(),
  };
}
