/** The two sides of a call. The agent is the coached person; the customer side is optional. */
export type VoiceChannel = 'agent' | 'customer';

/** Agent alarms the sidebar shows while they are true. */
export interface VoiceAlarms {
  /** Agent speech level more than `levelToleranceDb` below the target. */
  tooQuiet: boolean;
  /** Agent speech level more than `levelToleranceDb` above the target. */
  tooLoud: boolean;
  /** At least `clipEventsForAlarm` clip events on the agent's side in the last `clipWindowMs`. */
  clipping: boolean;
  /** The agent's current turn is longer than `monologueMs` of talk. */
  monologue: boolean;
  /** The agent speaks more than `tempoRatio` times faster than the customer. */
  tooFast: boolean;
}

/**
 * Live meters (numbers and flags only). Rates in syllables per second (0 = not enough speech
 * yet), levels in dBFS (−120 = nothing measured), durations in milliseconds of audio.
 */
export interface VoiceMetrics {
  /** Audio time both channels have been analysed up to, ms. */
  elapsedMs: number;
  agentSpeaking: boolean;
  customerSpeaking: boolean;
  /** Syllables per second over the last `rateWindowMs` of each side's speech. */
  agentRate: number;
  customerRate: number;
  /** Mean speech level over the last `levelWindowMs` of each side's speech, dBFS. */
  agentLevelDb: number;
  customerLevelDb: number;
  /** Input level right now (100 ms VU), dBFS, for a live needle. */
  agentInputDb: number;
  customerInputDb: number;
  /** Adaptive noise floor of the band envelope, dBFS. */
  agentNoiseDb: number;
  customerNoiseDb: number;
  /**
   * Speech time of each side, ms: pauses shorter than `hangoverMs` count, the silence after the
   * last word does not.
   */
  agentTalkMs: number;
  customerTalkMs: number;
  /** Both speaking at once, ms (each side's hangover included). */
  overlapMs: number;
  /** Agent talk / (agent + customer talk), 0…1; 0 before anyone spoke. */
  talkShare: number;
  /** Agent starts over the customer that went on beyond `backchannelMaxMs`. */
  interruptions: number;
  /** Short agent overlaps (≤ `backchannelMaxMs`) — «jā», «mhm»; not interruptions. */
  backchannels: number;
  /** Agent turns that passed `monologueMs`. */
  monologues: number;
  /** Agent talk in the current turn (since the customer last spoke ≥ `customerTurnMs`), ms. */
  turnMs: number;
  alarms: VoiceAlarms;
}

/** End-of-call numbers. Units as in VoiceMetrics; rates and levels are over the whole call. */
export interface VoiceSummary {
  durationMs: number;
  agentTalkMs: number;
  customerTalkMs: number;
  overlapMs: number;
  talkShare: number;
  interruptions: number;
  backchannels: number;
  /** Agent starts during the customer's last syllables that the customer yielded to at once. */
  turnOverlaps: number;
  monologues: number;
  longestTurnMs: number;
  /** Syllables per second over all speech of each side (0 without speech). */
  agentRate: number;
  customerRate: number;
  /** Number of nuclei (syllables) found. */
  agentSyllables: number;
  customerSyllables: number;
  /** Mean speech level over the whole call, dBFS. */
  agentLevelDb: number;
  customerLevelDb: number;
  /** Agent speaking time spent too quiet / too loud, ms. */
  tooQuietMs: number;
  tooLoudMs: number;
  /** Time the clipping alarm was on, ms, and clip events counted on the agent's side. */
  clippingMs: number;
  clipEvents: number;
  /** Time the agent was much faster than the customer, ms. */
  tooFastMs: number;
}

/** Discrete moments, for a flash in the sidebar or a test; times are audio ms from the start. */
export interface VoiceEvent {
  type: 'interruption' | 'backchannel' | 'turnOverlap' | 'monologue';
  /** Start of the agent speech concerned, ms. */
  atMs: number;
  /**
   * interruption: time from its start to its confirmation; backchannel: its length; monologue:
   * the turn's talk so far.
   */
  durationMs: number;
}
