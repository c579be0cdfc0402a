/**
 * Ids by 30-bit hash in one open-addressing Int32Array of [hash, id + 1] pairs (linear
 * probing), in place of a Map and a chain array: a lookup per text word reads one or two
 * adjacent slots, without following a pointer. Filled at compile time only; kept at most a
 * quarter full so that a miss usually stops at the first slot.
 */
export class HashIndex {
  /** [hash, id + 1] per slot; id + 1 = 0 marks an empty slot, which ends a probe. */
  slots = new Int32Array(32);
  /** Slot count - 1. */
  mask = 15;
  private hashes: number[] = [];

  /** Adds the next id (ids are added as 0, 1, 2 …). */
  add(hash: number): void {
    const id = this.hashes.length;
    this.hashes.push(hash);
    if (this.hashes.length * 4 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    else this.place(id);
  }

  private place(id: number): void {
    const hash = this.hashes[id] as number;
    let s = hash & this.mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    this.slots[2 * s] = hash;
    this.slots[2 * s + 1] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let id = 0; id < this.hashes.length; id++) this.place(id);
  }
}
