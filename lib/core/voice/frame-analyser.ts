import { BandPass } from './band-pass';

/** What one frame measured. One instance is reused for every frame: nothing is allocated. */
export interface FrameStats {
  /** Mean square of the raw samples (full band). */
  power: number;
  /** Mean square of the band-passed samples (what the envelope follows). */
  bandPower: number;
  /** Largest magnitude in the frame, fraction of full scale. */
  peak: number;
  /** Clip events that completed in this frame (runs of samples at the clipping point). */
  clipEvents: number;
}

/**
 * Cuts a stream of any chunk size (an AudioWorklet delivers 128 samples) into fixed hops and
 * measures each one in a single pass over the samples.
 */
export class FrameAnalyser {
  readonly hop: number;
  private readonly band: BandPass;
  private readonly clipLevel: number;
  private readonly clipMinRun: number;
  private readonly stats: FrameStats = { power: 0, bandPower: 0, peak: 0, clipEvents: 0 };
  private fill = 0;
  private sum = 0;
  private bandSum = 0;
  private peak = 0;
  private clipEvents = 0;
  // The run of clipped samples may span chunks and frames.
  private clipRun = 0;

  constructor(
    sampleRate: number,
    frameMs: number,
    bandLowHz: number,
    bandHighHz: number,
    clipLevel: number,
    clipMinRun: number,
    private readonly onFrame: (stats: Readonly<FrameStats>) => void,
  ) {
    this.hop = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
    this.band = new BandPass(sampleRate, bandLowHz, bandHighHz);
    this.clipLevel = clipLevel;
    this.clipMinRun = Math.max(1, clipMinRun);
  }

  push(samples: Float32Array): void {
    const n = samples.length;
    for (let i = 0; i < n; i++) {
      const x = samples[i] as number;
      const b = this.band.step(x);
      this.sum += x * x;
      this.bandSum += b * b;
      const a = x < 0 ? -x : x;
      if (a > this.peak) this.peak = a;
      if (a >= this.clipLevel) {
        if (++this.clipRun === this.clipMinRun) this.clipEvents++;
      } else this.clipRun = 0;
      if (++this.fill === this.hop) this.emit();
    }
  }

  private emit(): void {
    const s = this.stats;
    s.power = this.sum / this.hop;
    s.bandPower = this.bandSum / this.hop;
    s.peak = this.peak;
    s.clipEvents = this.clipEvents;
    this.fill = 0;
    this.sum = 0;
    this.bandSum = 0;
    this.peak = 0;
    this.clipEvents = 0;
    this.onFrame(s);
  }
}
