/**
 * Syllable nuclei as peaks of the intensity envelope (after de Jong & Wempe 2009, without the
 * pitch check): a peak counts when the envelope rose at least `prominence` dB from the dip
 * before it and then fell at least as much, is not closer than the minimum spacing to the last
 * nucleus, and is not far below the loudest recent nucleus. Online: a peak is known once the
 * envelope has fallen after it, a few frames later.
 */
export class NucleusPicker {
  /** Frame of the last nucleus (valid after `update` returned true). */
  lastFrame = -1e9;
  private trough = Infinity;
  private peakDb = -Infinity;
  private peakFrame = 0;
  private loudest = -Infinity;

  constructor(
    private readonly prominenceDb: number,
    private readonly minSpacingFrames: number,
    private readonly maxBelowLoudestDb: number,
    /** How fast the loudest-nucleus reference forgets, dB per frame. */
    private readonly loudestDecay: number,
  ) {}

  /**
   * Feeds frame `frame`'s envelope (dB); true when a nucleus was just confirmed (its frame is
   * `lastFrame`). Peaks at or below `gateDb` are not nuclei.
   */
  update(frame: number, envDb: number, gateDb: number): boolean {
    this.loudest -= this.loudestDecay;
    if (envDb > this.peakDb) {
      this.peakDb = envDb;
      this.peakFrame = frame;
    }
    const p = this.prominenceDb;
    if (this.peakDb - this.trough >= p && this.peakDb - envDb >= p) {
      // A prominent peak: it is over; the search starts again from here.
      const peak = this.peakDb;
      const at = this.peakFrame;
      this.trough = envDb;
      this.peakDb = envDb;
      this.peakFrame = frame;
      if (peak <= gateDb) return false;
      const loudEnough = peak >= this.loudest - this.maxBelowLoudestDb;
      if (peak > this.loudest) this.loudest = peak;
      if (!loudEnough || at - this.lastFrame < this.minSpacingFrames) return false;
      this.lastFrame = at;
      return true;
    }
    if (envDb < this.trough) {
      // A deeper dip: whatever rose before it was not prominent on its left side.
      this.trough = envDb;
      this.peakDb = envDb;
      this.peakFrame = frame;
    }
    return false;
  }
}
