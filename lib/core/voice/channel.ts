import { SILENT_DB, onePoleCoefficient, powerToDb } from './db';
import { FLAG_ACTIVE, FLAG_ENDED, FLAG_NUCLEUS, FLAG_ONSET, FLAG_SPEAKING } from './flags';
import { FrameAnalyser, type FrameStats } from './frame-analyser';
import { NoiseFloor } from './noise-floor';
import { NucleusPicker } from './nuclei';
import { framesOf, type VoiceOptions } from './options';
import { RollingSum } from './rolling';
import { VoiceActivity } from './vad';

/** Time constant of the input meter, ms: a VU-like needle, calm but well under the 500 ms lag. */
const METER_MS = 100;

/**
 * Everything measured on one channel: frames → envelope → noise floor → voice activity →
 * syllable nuclei, plus rolling windows for rate, speech level and clipping. All state is
 * preallocated; `push` allocates nothing.
 */
export class ChannelAnalyser {
  /** Set when the channel first receives samples; `offset` aligns it with the other channel. */
  started = false;
  offset = 0;
  /** Frames analysed on this channel. */
  frames = 0;

  /** Noise floor of the band energy and a VU-style input level, dBFS. */
  floorDb = SILENT_DB;
  inputDb = SILENT_DB;

  /** Whole-channel totals for the summary. */
  speechFrames = 0;
  nuclei = 0;
  activeFrames = 0;
  activePower = 0;
  clipEvents = 0;
  tooQuietFrames = 0;
  tooLoudFrames = 0;
  clippingFrames = 0;

  /** Level alarms (hysteresis) and the clipping alarm. */
  tooQuiet = false;
  tooLoud = false;
  clipping = false;

  readonly vad: VoiceActivity;
  readonly frameMs: number;
  private readonly analyser: FrameAnalyser;
  private readonly floor: NoiseFloor;
  private readonly picker: NucleusPicker;
  private readonly rateWindow: RollingSum;
  private readonly levelWindow: RollingSum;
  private readonly clipWindow: RollingSum;
  private readonly flags: Uint8Array;
  // Powers of the last few frames, so the frames before a confirmed onset count as speech.
  private readonly recent: Float64Array;
  private readonly envCoef: number;
  private readonly meterCoef: number;
  private readonly gateDb: number;
  private readonly rateMinFrames: number;
  private readonly levelMinFrames: number;
  private env = 0;
  private meter = 0;
  // A pause inside speech is only speech once the speaker goes on: held until then.
  private gapFrames = 0;
  private pendingNuclei = 0;

  constructor(
    private readonly o: VoiceOptions,
    /** Size of the flag ring the conversation reads; larger than the allowed lag. */
    flagCapacity: number,
  ) {
    const f = o.frameMs;
    this.frameMs = f;
    this.analyser = new FrameAnalyser(
      o.sampleRate,
      f,
      o.bandLowHz,
      o.bandHighHz,
      o.clipLevel,
      o.clipMinRun,
      (s) => this.frame(s),
    );
    this.floor = new NoiseFloor(
      onePoleCoefficient(f, o.floorFallMs),
      (o.floorRiseDbPerSec * f) / 1000,
      framesOf(o.floorWindowMs, f),
    );
    this.vad = new VoiceActivity(
      o.vadOnDb,
      o.vadOffDb,
      o.minSpeechDb,
      framesOf(o.onsetMs, f),
      framesOf(o.hangoverMs, f),
      o.vadRangeDb,
      (6 * f) / 1000,
    );
    // The loudest-nucleus reference forgets 2 dB per second: a speaker who gets quieter is
    // followed within seconds, consonant bumps right after a loud vowel are still rejected.
    this.picker = new NucleusPicker(
      o.nucleusProminenceDb,
      framesOf(o.nucleusMinSpacingMs, f),
      o.nucleusMaxBelowPeakDb,
      (2 * f) / 1000,
    );
    this.gateDb = o.vadOnDb;
    this.rateWindow = new RollingSum(framesOf(o.rateWindowMs, f));
    this.levelWindow = new RollingSum(framesOf(o.levelWindowMs, f));
    this.clipWindow = new RollingSum(framesOf(o.clipWindowMs, f));
    this.rateMinFrames = framesOf(o.rateMinSpeechMs, f);
    this.levelMinFrames = framesOf(o.levelMinSpeechMs, f);
    this.flags = new Uint8Array(flagCapacity);
    this.recent = new Float64Array(this.vad.onsetFrames);
    this.envCoef = onePoleCoefficient(f, o.envelopeMs);
    this.meterCoef = onePoleCoefficient(f, METER_MS);
  }

  /** Next global frame index this channel will produce. */
  get end(): number {
    return this.offset + this.frames;
  }

  push(samples: Float32Array): void {
    this.analyser.push(samples);
  }

  /** Flags of global frame `index` (it must be within the ring, i.e. recent). */
  flagsAt(index: number): number {
    return this.flags[index % this.flags.length] as number;
  }

  /** Syllables per second over the recent speech window; 0 until there is enough speech. */
  get rate(): number {
    const w = this.rateWindow;
    return w.count < this.rateMinFrames ? 0 : (w.sum * 1000) / (w.count * this.frameMs);
  }

  /** Mean speech level over the recent speech window, dBFS; SILENT_DB before any speech. */
  get levelDb(): number {
    const w = this.levelWindow;
    return w.count === 0 ? SILENT_DB : powerToDb(w.sum / w.count);
  }

  /** Syllables per second over all speech so far (0 without speech). */
  get meanRate(): number {
    return this.speechFrames === 0 ? 0 : (this.nuclei * 1000) / (this.speechFrames * this.frameMs);
  }

  /** Mean speech level over all speech so far, dBFS. */
  get meanLevelDb(): number {
    return this.activeFrames === 0 ? SILENT_DB : powerToDb(this.activePower / this.activeFrames);
  }

  private frame(s: Readonly<FrameStats>): void {
    const o = this.o;
    const t = this.offset + this.frames;
    this.env += this.envCoef * (s.bandPower - this.env);
    this.meter += this.meterCoef * (s.power - this.meter);
    const envDb = powerToDb(this.env);
    this.inputDb = powerToDb(this.meter);
    // Voice activity uses the unsmoothed 10 ms band energy: the smoothed envelope's decay would
    // stretch every stretch of speech by ~100 ms and turn a 0.5 s «skaidrs» into a 0.6 s one.
    const bandDb = powerToDb(s.bandPower);
    const floorDb = this.floor.update(bandDb);
    this.floorDb = floorDb;
    const vad = this.vad;
    vad.update(bandDb, floorDb);

    // Nuclei only inside speech: a door slam has an envelope peak too.
    const nucleus =
      this.picker.update(t, envDb, floorDb + this.gateDb) && (vad.speaking || vad.endedNow);
    if (nucleus) this.pendingNuclei++;

    const recent = this.recent;
    const slot = t % recent.length;
    if (vad.onsetNow) {
      // The frames that led to the onset were speech already.
      for (let k = recent.length - 1; k >= 1; k--)
        this.commit(recent[(t - k + recent.length * 2) % recent.length] as number);
      this.commit(s.power);
    } else if (vad.active) {
      // A pause inside speech (shorter than the hangover) counts as speaking time for the rate
      // and talk time, but not for the level: that is the level of the voice while it sounds,
      // like ITU-T P.56's active speech level.
      this.speechFrames += this.gapFrames;
      for (let k = 0; k < this.gapFrames; k++) this.rateWindow.push(0);
      this.gapFrames = 0;
      this.commit(s.power);
    } else if (vad.speaking) {
      this.gapFrames++;
    } else if (vad.endedNow) {
      // The hangover after the last active frame was silence, not speech.
      this.gapFrames = 0;
      this.nuclei += this.pendingNuclei;
      this.rateWindow.addToLast(this.pendingNuclei);
      this.pendingNuclei = 0;
    }
    recent[slot] = s.power;

    this.clipEvents += s.clipEvents;
    this.clipWindow.push(s.clipEvents);
    this.clipping = this.clipWindow.sum >= o.clipEventsForAlarm;
    if (this.clipping) this.clippingFrames++;
    if (vad.active && this.levelWindow.count >= this.levelMinFrames) {
      const off = this.levelDb - o.levelTargetDb;
      const tol = o.levelToleranceDb;
      const back = tol - o.levelHysteresisDb;
      this.tooQuiet = this.tooQuiet ? off < -back : off < -tol;
      this.tooLoud = this.tooLoud ? off > back : off > tol;
    }
    if (vad.active) {
      if (this.tooQuiet) this.tooQuietFrames++;
      if (this.tooLoud) this.tooLoudFrames++;
    }

    this.flags[t % this.flags.length] =
      (vad.speaking ? FLAG_SPEAKING : 0) |
      (vad.active ? FLAG_ACTIVE : 0) |
      (vad.onsetNow ? FLAG_ONSET : 0) |
      (vad.endedNow ? FLAG_ENDED : 0) |
      (nucleus ? FLAG_NUCLEUS : 0);
    this.frames++;
  }

  /** One frame of speech above the continue threshold. */
  private commit(power: number): void {
    this.speechFrames++;
    this.nuclei += this.pendingNuclei;
    this.rateWindow.push(this.pendingNuclei);
    this.pendingNuclei = 0;
    this.levelWindow.push(power);
    this.activeFrames++;
    this.activePower += power;
  }
}
