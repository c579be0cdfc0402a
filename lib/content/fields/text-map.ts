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

export interface TextMap {
  readonly text: string;
  /** A DOM Range covering [start, end) of the text, or null when it cannot be mapped. */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM position (a selection's focus), or null outside the element. */
  offsetOf(node: Node, offset: number): number | null;
}

/** The text of one child of the root and everything under it. */
interface Piece {
  text: string;
  /** Its text nodes, and where each starts in the piece's text. */
  nodes: Text[];
  starts: number[];
  /** Whether the text before it ended a line (that decides the piece's leading "\n"). */
  startsAtLine: boolean;
  endsAtLine: boolean;
}

function readPiece(child: Node, startsAtLine: boolean): Piece {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  // Tracked instead of `text.endsWith('\n')`, which flattens the growing string each time.
  let atLineStart = startsAtLine;

  const breakLine = () => {
    if (!atLineStart) {
      text += '\n';
      atLineStart = true;
    }
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length === 0) return;
      nodes.push(node as Text);
      starts.push(text.length);
      text += value;
      atLineStart = value.endsWith('\n');
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (SKIPPED_TAGS.has(element.tagName)) return;
      if (element.tagName === 'BR') {
        text += '\n';
        atLineStart = true;
        return;
      }
      const block = BLOCK_TAGS.has(element.tagName);
      if (block) breakLine();
      for (let c = element.firstChild; c; c = c.nextSibling) visit(c);
      if (block) breakLine();
    }
  };
  visit(child);
  return { text, nodes, starts, startsAtLine, endsAtLine: atLineStart };
}

/**
 * Joins the pieces of the root's children into one map; `cached` gives a child's piece from an
 * earlier build when it has not changed since.
 */
function mapOf(root: HTMLElement, cached: (child: Node, startsAtLine: boolean) => Piece): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let atLineStart = true;
  for (let child = root.firstChild; child; child = child.nextSibling) {
    const piece = cached(child, atLineStart);
    const base = text.length;
    for (let i = 0; i < piece.nodes.length; i++) {
      nodes.push(piece.nodes[i]!);
      starts.push(base + piece.starts[i]!);
    }
    text += piece.text;
    atLineStart = piece.endsAtLine;
  }

  const doc = root.ownerDocument;

  function locate(offset: number, preferNext: boolean): { node: Text; offset: number } | null {
    // Binary search for the last text node starting at or before the offset.
    let low = 0;
    let high = nodes.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found === -1) {
      const first = nodes[0];
      return first ? { node: first, offset: 0 } : null;
    }
    const node = nodes[found]!;
    const local = offset - starts[found]!;
    const next = nodes[found + 1];
    if (local <= node.data.length) {
      if (preferNext && local === node.data.length && next && starts[found + 1] === offset) {
        return { node: next, offset: 0 };
      }
      return { node, offset: local };
    }
    // The offset is on a virtual newline after this node.
    if (next && preferNext) return { node: next, offset: 0 };
    return { node, offset: node.data.length };
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
        const index = nodes.indexOf(node as Text);
        return index === -1 ? null : starts[index]! + Math.min(offset, (node as Text).data.length);
      }
      if (!root.contains(node)) return null;
      // An element position: the offset of the first text at or after that child.
      const probe = doc.createRange();
      probe.setStart(node, offset);
      for (let i = 0; i < nodes.length; i++) {
        if (probe.comparePoint(nodes[i]!, 0) >= 0) return starts[i]!;
      }
      return text.length;
    },
  };
}

/** The map of `root` as it is now, read from scratch. */
export function buildTextMap(root: HTMLElement): TextMap {
  return mapOf(root, readPiece);
}

export interface TextMapCache {
  /** The map of the root as it is now. */
  read(): TextMap;
  release(): void;
}

/**
 * Maps of one field while the agent types in it. Reading a long contenteditable through the
 * DOM on every keystroke costs more than checking its text, and a keystroke changes one
 * paragraph: a MutationObserver says which children of the root changed, and only those are
 * read again. A read also takes the records not yet delivered, so it never misses an edit.
 */
export function createTextMapCache(root: HTMLElement): TextMapCache {
  const pieces = new WeakMap<Node, Piece>();
  const win = root.ownerDocument.defaultView ?? window;
  const forget = (records: MutationRecord[]) => {
    for (const record of records) {
      const child = childOfRoot(record.target);
      if (child) pieces.delete(child);
    }
  };
  const observer = new win.MutationObserver(forget);
  observer.observe(root, { subtree: true, childList: true, characterData: true });

  /** The child of the root that holds `node` (none for the root itself). */
  function childOfRoot(node: Node): Node | null {
    let current: Node | null = node;
    while (current && current.parentNode !== root) current = current.parentNode;
    return current;
  }

  const cached = (child: Node, startsAtLine: boolean): Piece => {
    const piece = pieces.get(child);
    if (piece && piece.startsAtLine === startsAtLine) return piece;
    const fresh = readPiece(child, startsAtLine);
    pieces.set(child, fresh);
    return fresh;
  };

  return {
    read() {
      forget(observer.takeRecords());
      return mapOf(root, cached);
    },
    release: () => observer.disconnect(),
  };
}
