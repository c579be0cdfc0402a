/**
 * Voice activity of one channel from its envelope and noise floor: hysteresis (start at
 * floor + on dB, continue while above floor + off dB), an onset delay that rejects clicks, and a
 * hangover so pauses between words do not split a stretch of speech. Speech also ends when the
 * envelope falls more than `rangeDb` below its recent peak: with noise suppression (or digital
 * silence) the floor is so low that the smoothed decay after the last word would otherwise
 * count as speech for a few hundred ms.
 */
export class VoiceActivity {
  /** Inside a stretch of speech (including the hangover after the last active frame). */
  speaking = false;
  /** This frame itself is above the continue threshold inside speech (no hangover). */
  active = false;
  /** Speech was confirmed in this frame; it began `onsetFrames − 1` frames earlier. */
  onsetNow = false;
  /** Speech ended in this frame; its last active frame was `hangoverFrames` frames earlier. */
  endedNow = false;
  /** Loudest recent envelope, dB: speech ends well above digital silence's −120 dB floor too. */
  peakDb = -Infinity;
  private above = 0;
  private quiet = 0;

  constructor(
    private readonly onDb: number,
    private readonly offDb: number,
    private readonly minSpeechDb: number,
    readonly onsetFrames: number,
    readonly hangoverFrames: number,
    /** A frame continues speech only within this many dB of the loudest recent frame. */
    private readonly rangeDb: number,
    /** How fast that reference forgets, dB per frame. */
    private readonly peakDecay: number,
  ) {}

  update(envDb: number, floorDb: number): void {
    this.onsetNow = false;
    this.endedNow = false;
    this.peakDb = envDb > this.peakDb ? envDb : this.peakDb - this.peakDecay;
    if (!this.speaking) {
      const on = envDb > floorDb + this.onDb && envDb > this.minSpeechDb;
      this.above = on ? this.above + 1 : 0;
      if (this.above >= this.onsetFrames) {
        this.speaking = true;
        this.onsetNow = true;
        this.active = true;
        this.quiet = 0;
      } else this.active = false;
      return;
    }
    if (
      envDb > floorDb + this.offDb &&
      envDb > this.minSpeechDb &&
      envDb > this.peakDb - this.rangeDb
    ) {
      this.active = true;
      this.quiet = 0;
    } else {
      this.active = false;
      if (++this.quiet >= this.hangoverFrames) {
        this.speaking = false;
        this.endedNow = true;
        this.above = 0;
      }
    }
  }
}
