/**
 * A trie over word ids: every phrase of every rule (and every guard) is one path, so one walk
 * over a sentence's tokens finds all of them, whatever the number of rules. Built as objects,
 * then flattened into typed arrays for the walk (no pointer chasing or Map per node).
 */
export interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Pattern ids ending at this node. */
  out: number[] | null;
}

export function newNode(): TrieNode {
  return { next: null, out: null };
}

export function insert(root: TrieNode, ids: readonly number[], pattern: number): void {
  let node = root;
  for (const id of ids) {
    if (!node.next) node.next = new Map();
    let child = node.next.get(id);
    if (!child) {
      child = newNode();
      node.next.set(id, child);
    }
    node = child;
  }
  (node.out ??= []).push(pattern);
}

/** Node 0 is the root; no other node is 0, so 0 also means "no node". */
export interface FlatTrie {
  /** The root's child by word id, or 0. */
  first: Int32Array;
  /** Patterns ending at node n: patterns[outStart[n], outStart[n + 1]), in insertion order. */
  outStart: Int32Array;
  patterns: Int32Array;
  /** Node n has children. */
  inner: Uint8Array;
  /** Children of non-root nodes: [node, word, child] per slot, open addressing by node and word. */
  children: Int32Array;
  childMask: number;
}

function childSlot(node: number, word: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca77)) & mask;
}

export function flatten(root: TrieNode, words: number): FlatTrie {
  const nodes: TrieNode[] = [root];
  const ids = new Map<TrieNode, number>([[root, 0]]);
  let links = 0;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as TrieNode;
    if (!node.next) continue;
    for (const child of node.next.values()) {
      ids.set(child, nodes.length);
      nodes.push(child);
      if (k !== 0) links++;
    }
  }
  const first = new Int32Array(words);
  const outStart = new Int32Array(nodes.length + 1);
  const inner = new Uint8Array(nodes.length);
  let size = 4;
  while (size < links * 2) size *= 2;
  const children = new Int32Array(size * 3);
  const childMask = size - 1;
  const patterns: number[] = [];
  nodes.forEach((node, n) => {
    outStart[n] = patterns.length;
    if (node.out) patterns.push(...node.out);
    if (!node.next) return;
    inner[n] = 1;
    for (const [word, child] of node.next) {
      const c = ids.get(child) as number;
      if (n === 0) {
        first[word] = c;
        continue;
      }
      let s = childSlot(n, word, childMask);
      while (children[s * 3 + 2] !== 0) s = (s + 1) & childMask;
      children[s * 3] = n;
      children[s * 3 + 1] = word;
      children[s * 3 + 2] = c;
    }
  });
  outStart[nodes.length] = patterns.length;
  return { first, outStart, patterns: Int32Array.from(patterns), inner, children, childMask };
}

/** The child of a non-root `node` by word id, or 0. */
export function childOf(trie: FlatTrie, node: number, word: number): number {
  const children = trie.children;
  const mask = trie.childMask;
  for (let s = childSlot(node, word, mask); ; s = (s + 1) & mask) {
    const c = children[s * 3 + 2] as number;
    if (c === 0) return 0;
    if (children[s * 3] === node && children[s * 3 + 1] === word) return c;
  }
}
