import { FLAG_ACTIVE, FLAG_ENDED, FLAG_NUCLEUS, FLAG_ONSET, FLAG_SPEAKING } from './flags';
import { framesOf, type VoiceOptions } from './options';
import type { VoiceEvent } from './types';

/**
 * The two channels frame by frame, aligned in time: overlap, interruptions versus back-channels,
 * the agent's turn (monologues) and the tempo comparison. (Talk time is each channel's own.)
 *
 * An interruption is counted once per agent start ("overlap at onset", not overlap time): the
 * agent starts while the customer is speaking (active within `overlapToleranceMs` before), the
 * customer goes on for at least `minOverlapMs` (else the agent only took the turn at its last
 * syllable) and the agent keeps talking beyond `backchannelMaxMs` (else it is a «jā») with at
 * least `interruptionMinSyllables` syllables (else it is a noise, not words).
 */
export class Conversation {
  frames = 0;
  /** Both speaking (pauses shorter than the hangover included). */
  overlapFrames = 0;
  interruptions = 0;
  backchannels = 0;
  turnOverlaps = 0;
  monologues = 0;
  /** Agent talk frames in the current turn, and the longest turn so far. */
  turnFrames = 0;
  longestTurnFrames = 0;
  tooFast = false;
  tooFastFrames = 0;

  private readonly onsetBack: number;
  private readonly tolerance: number;
  private readonly minOverlap: number;
  private readonly backchannelMax: number;
  private readonly customerTurn: number;
  private readonly monologue: number;
  private readonly resetSilence: number;
  private candidate = false;
  private candidateOnset = 0;
  private candidateOverlap = false;
  private candidateNuclei = 0;
  private agentLastActive = -1e9;
  private customerLastActive = -1e9;
  private customerStart = 0;
  private monologueCounted = false;
  private silence = 0;

  constructor(
    private readonly o: VoiceOptions,
    onsetFrames: number,
    private readonly onEvent?: (event: VoiceEvent) => void,
  ) {
    const f = o.frameMs;
    this.onsetBack = onsetFrames - 1;
    this.tolerance = framesOf(o.overlapToleranceMs, f);
    this.minOverlap = framesOf(o.minOverlapMs, f);
    this.backchannelMax = framesOf(o.backchannelMaxMs, f);
    this.customerTurn = framesOf(o.customerTurnMs, f);
    this.monologue = framesOf(o.monologueMs, f);
    this.resetSilence = framesOf(o.monologueResetSilenceMs, f);
  }

  /** One aligned frame `t` of both channels' flags and current rates (syllables/s, 0 = unknown). */
  step(t: number, agent: number, customer: number, agentRate: number, customerRate: number): void {
    const aSpeaking = (agent & FLAG_SPEAKING) !== 0;
    const aActive = (agent & FLAG_ACTIVE) !== 0;
    const cSpeaking = (customer & FLAG_SPEAKING) !== 0;
    const cActive = (customer & FLAG_ACTIVE) !== 0;
    this.frames++;
    if (aSpeaking && cSpeaking) this.overlapFrames++;

    if (customer & FLAG_ONSET) this.customerStart = t - this.onsetBack;
    if (cActive) this.customerLastActive = t;
    // A real customer turn (not a back-channel) ends the agent's turn.
    if (cSpeaking && this.customerLastActive - this.customerStart + 1 >= this.customerTurn)
      this.endTurn();

    if (agent & FLAG_ONSET) {
      const onset = t - this.onsetBack;
      if (cSpeaking && this.customerLastActive >= onset - this.tolerance) {
        this.candidate = true;
        this.candidateOnset = onset;
        this.candidateOverlap = false;
        this.candidateNuclei = 0;
      }
    }
    if (this.candidate) {
      if (agent & FLAG_NUCLEUS) this.candidateNuclei++;
      this.judge(t, aActive, cActive, (agent & FLAG_ENDED) !== 0);
    }
    if (aActive) this.agentLastActive = t;

    if (aSpeaking) this.turnFrames++;
    if (!aSpeaking && !cSpeaking) {
      if (++this.silence >= this.resetSilence) this.endTurn();
    } else this.silence = 0;
    if (this.turnFrames > this.longestTurnFrames) this.longestTurnFrames = this.turnFrames;
    if (this.turnFrames >= this.monologue && !this.monologueCounted) {
      this.monologueCounted = true;
      this.monologues++;
      this.emit('monologue', t - this.turnFrames + 1, this.turnFrames);
    }

    // Tempo: only when both rates are known; 5 % hysteresis keeps the hint from flickering.
    if (agentRate > 0 && customerRate > 0) {
      const ratio = agentRate / customerRate;
      this.tooFast = this.tooFast ? ratio > this.o.tempoRatio - 0.05 : ratio > this.o.tempoRatio;
    } else this.tooFast = false;
    if (this.tooFast) this.tooFastFrames++;
  }

  get monologueNow(): boolean {
    return this.turnFrames >= this.monologue;
  }

  private judge(t: number, aActive: boolean, cActive: boolean, aEnded: boolean): void {
    const onset = this.candidateOnset;
    if (cActive && t >= onset + this.minOverlap) this.candidateOverlap = true;
    if (aActive && t - onset + 1 > this.backchannelMax) {
      // Long enough; words, or a noise? Wait for the syllables while the agent goes on.
      if (this.candidateNuclei < this.o.interruptionMinSyllables) return;
      this.candidate = false;
      if (this.candidateOverlap) {
        this.interruptions++;
        this.emit('interruption', onset, t - onset + 1);
      } else {
        this.turnOverlaps++;
        this.emit('turnOverlap', onset, t - onset + 1);
      }
    } else if (aEnded) {
      this.candidate = false;
      // Short and voiced: a back-channel. Without a syllable it was not speech at all.
      if (this.candidateNuclei === 0 || this.agentLastActive - onset + 1 > this.backchannelMax)
        return;
      this.backchannels++;
      this.emit('backchannel', onset, this.agentLastActive - onset + 1);
    }
  }

  private endTurn(): void {
    this.turnFrames = 0;
    this.monologueCounted = false;
  }

  private emit(type: VoiceEvent['type'], atFrame: number, frames: number): void {
    const f = this.o.frameMs;
    this.onEvent?.({ type, atMs: atFrame * f, durationMs: frames * f });
  }
}
