import type { Finding } from '../../../core/model/finding';
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
  paint(text: string, findings: readonly Finding[]): void;
  /** Re-aligns with the field after scrolling, resizing or layout changes. */
  align(): void;
  /** The field's box or font may have changed: copy its styles again. */
  restyle(): void;
  remove(): void;
}

interface Line {
  element: HTMLDivElement;
  key: string;
}

/**
 * Textareas and inputs cannot hold highlights, so a transparent copy of the text sits exactly
 * over the field inside our shadow root, with underlined marks where the findings are.
 * One block per line: a keystroke re-renders only the lines whose text or marks changed, so
 * the browser lays out one paragraph, not the whole 35 KB note.
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
  // The lines scroll with the field through a transform, not the mirror's own scrollTop,
  // which would make the browser lay the mirror out again on the spot.
  const content = el(doc, 'div', { class: 'content' });
  mirror.append(content);
  root.append(mirror);
  const lines: Line[] = [];

  const restyle = () => {
    const computed = (doc.defaultView ?? window).getComputedStyle(field);
    for (const name of COPIED_STYLES) mirror.style[name] = computed[name];
  };
  restyle();

  interface Placement {
    left: string;
    top: string;
    width: string;
    height: string;
    scroll: string;
  }
  let placed: Placement = { left: '', top: '', width: '', height: '', scroll: '' };

  /** Reads where the field is; done before any write, so it costs at most one layout. */
  const measure = (): Placement => {
    const box = field.getBoundingClientRect();
    return {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      scroll: `translate(${-field.scrollLeft}px, ${-field.scrollTop}px)`,
    };
  };

  /** Writes only what moved: an unchanged position costs the page no style work. */
  const place = (at: Placement) => {
    if (at.left !== placed.left) mirror.style.left = at.left;
    if (at.top !== placed.top) mirror.style.top = at.top;
    if (at.width !== placed.width) mirror.style.width = at.width;
    if (at.height !== placed.height) mirror.style.height = at.height;
    if (at.scroll !== placed.scroll) content.style.transform = at.scroll;
    placed = at;
  };

  const align = () => place(measure());

  function renderLine(
    element: HTMLDivElement,
    text: string,
    marks: readonly Finding[],
    offset: number,
  ): void {
    const parts: Node[] = [];
    let at = 0;
    for (const mark of marks) {
      const start = Math.max(0, mark.start - offset);
      const end = Math.min(text.length, mark.end - offset);
      if (start < at || end <= start) continue;
      if (start > at) parts.push(doc.createTextNode(text.slice(at, start)));
      parts.push(el(doc, 'mark', { class: mark.severity }, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
    // An empty line still takes a line's height, as in the textarea.
    if (parts.length === 0) parts.push(doc.createElement('br'));
    element.replaceChildren(...parts);
  }

  return {
    paint(text, findings) {
      const at = measure();
      const sorted = [...findings].sort((a, b) => a.start - b.start);
      let lineStart = 0;
      let index = 0;
      let next = 0;
      for (;;) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        const lineText = text.slice(lineStart, lineEnd);
        // Findings that touch this line (they never cross one: the engine checks sentences).
        while (next < sorted.length && sorted[next]!.end <= lineStart) next++;
        const marks: Finding[] = [];
        for (let i = next; i < sorted.length && sorted[i]!.start < lineEnd; i++)
          marks.push(sorted[i]!);
        const key = `${lineText}\u0000${marks.map((m) => `${m.start - lineStart}-${m.end - lineStart}${m.severity}`).join(',')}`;
        let line = lines[index];
        if (!line) {
          line = { element: doc.createElement('div'), key: '' };
          lines.push(line);
          content.append(line.element);
        }
        if (line.key !== key) {
          renderLine(line.element, lineText, marks, lineStart);
          line.key = key;
        }
        index++;
        if (newline === -1) break;
        lineStart = newline + 1;
      }
      for (const extra of lines.splice(index)) extra.element.remove();
      place(at);
    },
    align,
    restyle,
    remove: () => mirror.remove(),
  };
}
