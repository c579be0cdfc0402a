import { SILENT_DB } from './db';

/**
 * Adaptive noise floor of a channel's band energy (dB per frame).
 *
 * A minimum tracker: it falls quickly to quieter frames and rises slowly, because speech always
 * has quiet moments (stop closures, fricatives outside the band, breaths) that pull it back down,
 * so a slow rise cannot follow speech itself. On its own, a slow rise takes tens of seconds to
 * follow a room that gets 20 dB louder (a fan, a colleague's call), and all that time counts as
 * speech; so the floor is also never below the minimum of the last `windowFrames` frames (minimum
 * statistics): a louder room is followed within that window, while speech, whose energy dips
 * many times a second, never holds the minimum up.
 */
export class NoiseFloor {
  db = SILENT_DB;
  private started = false;
  // Minimum of the last `windowFrames` frames in blocks: one slot per block, O(1) per frame.
  private readonly blocks: Float64Array;
  private readonly blockFrames: number;
  private blockMin = Infinity;
  private blockFill = 0;
  private blockHead = 0;
  private blocksFilled = 0;
  private windowMin = -Infinity;

  constructor(
    /** Per-frame fraction of the way to a quieter frame. */
    private readonly fall: number,
    /** dB per frame. */
    private readonly rise: number,
    /** Minimum-statistics window, frames. */
    windowFrames: number,
    blocks = 8,
  ) {
    this.blocks = new Float64Array(blocks);
    this.blockFrames = Math.max(1, Math.round(windowFrames / blocks));
  }

  update(db: number): number {
    if (!this.started) {
      // Start at the first frame: if it is speech, the first dip between syllables corrects it.
      this.started = true;
      this.db = db;
    } else if (db < this.db) {
      this.db += (db - this.db) * this.fall;
    } else {
      const up = this.db + this.rise;
      this.db = up < db ? up : db;
    }
    this.track(db);
    if (this.db < this.windowMin) this.db = this.windowMin;
    return this.db;
  }

  private track(db: number): void {
    if (db < this.blockMin) this.blockMin = db;
    if (++this.blockFill < this.blockFrames) return;
    const b = this.blocks;
    b[this.blockHead] = this.blockMin;
    this.blockHead = (this.blockHead + 1) % b.length;
    if (this.blocksFilled < b.length) this.blocksFilled++;
    this.blockMin = Infinity;
    this.blockFill = 0;
    // Only a full window says anything about the room.
    if (this.blocksFilled < b.length) return;
    let m = Infinity;
    for (let i = 0; i < b.length; i++) if ((b[i] as number) < m) m = b[i] as number;
    this.windowMin = m;
  }
}
