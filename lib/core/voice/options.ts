/**
 * Thresholds of the voice coach, all in plain units (Hz, ms, dB, dBFS, ratios). Every one can be
 * overridden in `createVoiceAnalyzer(options)`; the defaults were tuned on espeak-ng Latvian
 * speech (bench/voice.bench.ts) and checked on synthetic signals (tests/unit/voice).
 *
 * dBFS here is 10·log10 of the mean square of the samples, so a square wave at full scale is
 * 0 dBFS and a full-scale sine −3.01 dBFS.
 */
export interface VoiceOptions {
  /** Sample rate of both channels, Hz (an AudioWorklet's global `sampleRate`). */
  sampleRate: number;
  /** Analysis hop, ms: every meter advances in steps of one frame. */
  frameMs: number;

  /** Band whose energy drives activity and nuclei, Hz: vowels' F1/F2, not hum, rumble or hiss. */
  bandLowHz: number;
  bandHighHz: number;
  /** Smoothing of the envelope the nuclei are picked on, ms: keeps the dips at 8 syllables/s. */
  envelopeMs: number;

  /** The noise floor follows quieter frames quickly (time constant, ms)… */
  floorFallMs: number;
  /** …and rises slowly (dB per second), so speech cannot drag it up but a louder room can. */
  floorRiseDbPerSec: number;
  /** …and never below the quietest frame of this window, ms: a louder room is followed soon. */
  floorWindowMs: number;
  /** Speech starts when a frame's band energy is this far above the noise floor, dB… */
  vadOnDb: number;
  /** …and continues while it stays this far above the floor, dB (hysteresis). */
  vadOffDb: number;
  /** Band energy must also exceed this absolute level to count as speech, dBFS. */
  minSpeechDb: number;
  /** Speech continues only within this many dB of its recent peak (the peak forgets 6 dB/s). */
  vadRangeDb: number;
  /** Energy must stay above the on-threshold this long before speech is reported, ms (clicks). */
  onsetMs: number;
  /** Gaps shorter than this do not end a stretch of speech, ms (pauses between words). */
  hangoverMs: number;

  /** A syllable nucleus is an envelope peak this far above the dips on both sides, dB. */
  nucleusProminenceDb: number;
  /** Nuclei closer than this are one syllable, ms (~14/s, above the fastest articulation). */
  nucleusMinSpacingMs: number;
  /** A nucleus is at most this far below the loudest recent one, dB (rejects consonant bumps). */
  nucleusMaxBelowPeakDb: number;
  /** Speaking rate is nuclei per second over this much of the most recent speech, ms. */
  rateWindowMs: number;
  /** A rate is reported (non-zero) only after this much speech, ms. */
  rateMinSpeechMs: number;
  /** "Much faster than the customer": the agent's rate above the customer's times this ratio. */
  tempoRatio: number;

  /** An overlapping agent start that ends within this is a back-channel («jā», «mhm»), ms. */
  backchannelMaxMs: number;
  /** …and says at least this many syllables (a fan switching on is loud but has none). */
  interruptionMinSyllables: number;
  /** The customer counts as speaking at the agent's start if active within this before it, ms. */
  overlapToleranceMs: number;
  /**
   * …and the customer must still be speaking this long after the agent's start, ms (else the
   * agent only took the turn at the customer's last syllable: a quick turn, not an interruption).
   */
  minOverlapMs: number;
  /** Customer speech at least this long ends the agent's monologue, ms (back-channels do not). */
  customerTurnMs: number;
  /** Agent talk time without a customer turn that counts as a long monologue, ms. */
  monologueMs: number;
  /** Silence on both sides this long also ends the agent's turn, ms. */
  monologueResetSilenceMs: number;

  /** Target speech level of the agent, dBFS (ITU-T P.56's nominal −26 dBov: ~20 dB for peaks). */
  levelTargetDb: number;
  /** Level alarms fire only beyond target ± this, dB. */
  levelToleranceDb: number;
  /** …and clear once the level is back this far inside the tolerance, dB (no flicker). */
  levelHysteresisDb: number;
  /** Speech level is the mean power over this much of the most recent speech, ms. */
  levelWindowMs: number;
  /** Level alarms wait for this much speech in the window, ms. */
  levelMinSpeechMs: number;

  /** A sample at or above this magnitude (fraction of full scale) is at the clipping point. */
  clipLevel: number;
  /** This many consecutive such samples are one clip event (a flat top, not a lone peak). */
  clipMinRun: number;
  /** Clip events are counted over the last this many ms… */
  clipWindowMs: number;
  /** …and this many in the window raise the clipping alarm. */
  clipEventsForAlarm: number;

  /** A channel more than this behind the other is taken as silent, ms (a stalled second device). */
  maxChannelLagMs: number;
  /**
   * Whether a customer side is expected. If so, the two-sided measures wait up to
   * `maxChannelLagMs` for its samples; set false for agent-only coaching so they never wait.
   */
  customerSide: boolean;
}

export const DEFAULT_VOICE_OPTIONS: Readonly<VoiceOptions> = Object.freeze({
  sampleRate: 16000,
  frameMs: 10,
  bandLowHz: 300,
  bandHighHz: 1500,
  envelopeMs: 20,
  floorFallMs: 30,
  floorRiseDbPerSec: 1,
  floorWindowMs: 2000,
  vadOnDb: 9,
  vadOffDb: 5,
  minSpeechDb: -65,
  vadRangeDb: 35,
  onsetMs: 30,
  hangoverMs: 400,
  nucleusProminenceDb: 3,
  nucleusMinSpacingMs: 70,
  nucleusMaxBelowPeakDb: 20,
  rateWindowMs: 8000,
  rateMinSpeechMs: 1500,
  tempoRatio: 1.3,
  backchannelMaxMs: 600,
  interruptionMinSyllables: 2,
  overlapToleranceMs: 150,
  minOverlapMs: 200,
  customerTurnMs: 1000,
  monologueMs: 60000,
  monologueResetSilenceMs: 10000,
  levelTargetDb: -26,
  levelToleranceDb: 10,
  levelHysteresisDb: 2,
  levelWindowMs: 3000,
  levelMinSpeechMs: 1000,
  clipLevel: 0.99,
  clipMinRun: 2,
  clipWindowMs: 5000,
  clipEventsForAlarm: 3,
  maxChannelLagMs: 2000,
  customerSide: true,
});

/** Defaults overlaid with `options`; throws on values the analyser cannot work with. */
export function resolveOptions(options: Partial<VoiceOptions> = {}): VoiceOptions {
  const o: VoiceOptions = { ...DEFAULT_VOICE_OPTIONS, ...options };
  if (!(o.sampleRate >= 4000)) throw new RangeError(`voice: sampleRate ${o.sampleRate} < 4000`);
  if (!(o.frameMs >= 1 && o.frameMs <= 50)) throw new RangeError('voice: frameMs not in 1…50');
  if (!(o.bandLowHz > 0 && o.bandHighHz > o.bandLowHz && o.bandHighHz < o.sampleRate / 2))
    throw new RangeError('voice: band must satisfy 0 < bandLowHz < bandHighHz < sampleRate/2');
  if (!(o.vadOffDb <= o.vadOnDb)) throw new RangeError('voice: vadOffDb must be <= vadOnDb');
  return o;
}

/** Milliseconds as a whole number of frames (at least 1). */
export function framesOf(ms: number, frameMs: number): number {
  return Math.max(1, Math.round(ms / frameMs));
}
