/**
 * A trie over word ids: every phrase of every rule (and every guard) is one path, so one walk
 * over a sentence's tokens finds all of them, whatever the number of rules.
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
