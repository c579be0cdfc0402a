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
  // Breadth first: a node's id is its index in `nodes`; parents' ids are known before children.
  const nodes: TrieNode[] = [root];
  const parent: number[] = [-1];
  const word: number[] = [-1];
  let patternCount = 0;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as TrieNode;
    if (node.out) patternCount += node.out.length;
    if (!node.next) continue;
    for (const [w, child] of node.next) {
      nodes.push(child);
      parent.push(k);
      word.push(w);
    }
  }
  const count = nodes.length;
  const first = new Int32Array(words);
  const outStart = new Int32Array(count + 1);
  const patterns = new Int32Array(patternCount);
  const inner = new Uint8Array(count);
  const links = count - 1 - (root.next?.size ?? 0);
  let size = 4;
  while (size < links * 2) size *= 2;
  const children = new Int32Array(size * 3);
  const childMask = size - 1;
  let p = 0;
  for (let n = 0; n < count; n++) {
    const node = nodes[n] as TrieNode;
    outStart[n] = p;
    if (node.out) for (const pattern of node.out) patterns[p++] = pattern;
    if (node.next) inner[n] = 1;
    const up = parent[n] as number;
    if (up < 0) continue;
    const w = word[n] as number;
    if (up === 0) {
      first[w] = n;
      continue;
    }
    let s = childSlot(up, w, childMask);
    while (children[s * 3 + 2] !== 0) s = (s + 1) & childMask;
    children[s * 3] = up;
    children[s * 3 + 1] = w;
    children[s * 3 + 2] = n;
  }
  outStart[count] = p;
  return { first, outStart, patterns, inner, children, childMask };
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
