/**
 * Sum of the last `capacity` values pushed, in O(1) per push with a preallocated ring. The
 * running sum is rebuilt once per lap so floating-point drift cannot accumulate.
 */
export class RollingSum {
  sum = 0;
  count = 0;
  private readonly values: Float64Array;
  private head = 0;

  constructor(readonly capacity: number) {
    this.values = new Float64Array(Math.max(1, capacity));
  }

  push(value: number): void {
    const v = this.values;
    const cap = v.length;
    if (this.count === cap) this.sum -= v[this.head] as number;
    else this.count++;
    v[this.head] = value;
    this.sum += value;
    if (++this.head === cap) {
      this.head = 0;
      let s = 0;
      for (let i = 0; i < this.count; i++) s += v[i] as number;
      this.sum = s;
    }
  }

  /** Adds to the most recently pushed value (no-op when empty). */
  addToLast(value: number): void {
    if (this.count === 0) return;
    const cap = this.values.length;
    const last = (this.head + cap - 1) % cap;
    this.values[last] = (this.values[last] as number) + value;
    this.sum += value;
  }

  clear(): void {
    this.sum = 0;
    this.count = 0;
    this.head = 0;
  }
}
