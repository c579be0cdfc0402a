/**
 * A growable list of 32-bit integers that is cleared by resetting a counter: the per-sentence
 * buffers are reused thousands of times per check, and `array.length = 0` is slow in V8.
 */
export class IntList {
  data: Int32Array<ArrayBuffer>;
  n = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.n === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.n++] = value;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  clear(): void {
    this.n = 0;
  }
}
