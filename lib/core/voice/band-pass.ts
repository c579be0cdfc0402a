/**
 * A cheap band-pass: one-pole high-pass then one-pole low-pass (6 dB/octave each side). Steeper
 * filters buy little here: the envelope only has to favour vowel energy (F1/F2) over mains hum,
 * rumble and fricative hiss, and two multiply-adds per sample keep the worklet far under budget.
 */
export class BandPass {
  private readonly hpA: number;
  private readonly lpB: number;
  private hpY = 0;
  private prevX = 0;
  private lpY = 0;

  constructor(sampleRate: number, lowHz: number, highHz: number) {
    // RC high-pass: y[n] = a·(y[n−1] + x[n] − x[n−1]), a = RC / (RC + dt).
    const rc = 1 / (2 * Math.PI * lowHz);
    const dt = 1 / sampleRate;
    this.hpA = rc / (rc + dt);
    // Exponential low-pass: y += b·(x − y), b = 1 − e^(−2π·fc/fs).
    this.lpB = 1 - Math.exp((-2 * Math.PI * highHz) / sampleRate);
  }

  /** Filters one sample. */
  step(x: number): number {
    const hp = this.hpA * (this.hpY + x - this.prevX);
    this.hpY = hp;
    this.prevX = x;
    this.lpY += this.lpB * (hp - this.lpY);
    return this.lpY;
  }

  reset(): void {
    this.hpY = 0;
    this.prevX = 0;
    this.lpY = 0;
  }
}
