/**
 * A plain-text view of a contenteditable element with a map back to DOM positions, so engine
 * offsets (UTF-16, into this text) become DOM Ranges for highlights, caret reading and
 * replacement. Block boundaries and <br> become "\n" characters that have no DOM node.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface Segment {
  node: Text;
  /** Offset of the node's first character in the map's text. */
  start: number;
}

export interface TextMap {
  readonly text: string;
  /** A DOM Range covering [start, end) of the text, or null when it cannot be mapped. */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM position (a selection's focus), or null outside the element. */
  offsetOf(node: Node, offset: number): number | null;
}

export function buildTextMap(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  let text = '';
  // Tracked instead of `text.endsWith('\n')`, which flattens the growing string each time.
  let atLineStart = true;

  const breakLine = () => {
    if (!atLineStart) {
      text += '\n';
      atLineStart = true;
    }
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (value.length === 0) continue;
        segments.push({ node: child as Text, start: text.length });
        text += value;
        atLineStart = value.endsWith('\n');
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED_TAGS.has(element.tagName)) continue;
        if (element.tagName === 'BR') {
          text += '\n';
          atLineStart = true;
          continue;
        }
        const block = BLOCK_TAGS.has(element.tagName);
        if (block) breakLine();
        walk(element);
        if (block) breakLine();
      }
    }
  };
  walk(root);

  const doc = root.ownerDocument;

  function locate(offset: number, preferNext: boolean): { node: Text; offset: number } | null {
    // Binary search for the last segment starting at or before the offset.
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (segments[mid]!.start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found === -1) {
      const first = segments[0];
      return first ? { node: first.node, offset: 0 } : null;
    }
    const segment = segments[found]!;
    const local = offset - segment.start;
    if (local <= segment.node.data.length) {
      const next = segments[found + 1];
      if (preferNext && local === segment.node.data.length && next && next.start === offset) {
        return { node: next.node, offset: 0 };
      }
      return { node: segment.node, offset: local };
    }
    // The offset is on a virtual newline after this segment.
    const next = segments[found + 1];
    if (next && preferNext) return { node: next.node, offset: 0 };
    return { node: segment.node, offset: segment.node.data.length };
  }

  return {
    text,
    rangeFor(start, end) {
      const from = locate(start, true);
      const to = locate(end, false);
      if (!from || !to) return null;
      const range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    offsetOf(node, offset) {
      if (node.nodeType === 3) {
        const segment = segments.find((s) => s.node === node);
        return segment ? segment.start + Math.min(offset, segment.node.data.length) : null;
      }
      if (!root.contains(node)) return null;
      // An element position: the offset of the first text at or after that child.
      const probe = doc.createRange();
      probe.setStart(node, offset);
      for (const segment of segments) {
        if (probe.comparePoint(segment.node, 0) >= 0) return segment.start;
      }
      return text.length;
    },
  };
}
