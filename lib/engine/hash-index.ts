/**
 * Ids by 30-bit hash in one open-addressing Int32Array (linear probing), in place of a
 * Map<number, number> and a chain array: a lookup per text word is then a masked array read,
 * not a Map probe. Filled at compile time only; kept at most half full.
 */
export class HashIndex {
  /** id + 1 per slot; 0 marks an empty slot, which ends a probe. */
  slots = new Int32Array(16);
  mask = 15;
  /** Hash by id. */
  hashes = new Int32Array(16);
  private count = 0;

  /** Adds the next id (ids are added as 0, 1, 2 …). */
  add(hash: number): void {
    const id = this.count++;
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
  }

  private place(id: number): void {
    let s = (this.hashes[id] as number) & this.mask;
    while (this.slots[s] !== 0) s = (s + 1) & this.mask;
    this.slots[s] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.count; id++) this.place(id);
  }
}
