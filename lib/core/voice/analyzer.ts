import { ChannelAnalyser } from './channel';
import { Conversation } from './conversation';
import { framesOf, resolveOptions, type VoiceOptions } from './options';
import type { VoiceChannel, VoiceEvent, VoiceMetrics, VoiceSummary } from './types';

// A side's standing for one conversation frame.
const HAS = 0;
const ABSENT = 1;
const PENDING = 2;

export interface VoiceAnalyzerOptions extends Partial<VoiceOptions> {
  /** Called for interruptions, back-channels, quick turn overlaps and monologues as they happen. */
  onEvent?: (event: VoiceEvent) => void;
}

export interface VoiceAnalyzer {
  /** Feeds mono samples (−1…1, at `sampleRate`) of one side, any chunk size; allocates nothing. */
  push(channel: VoiceChannel, samples: Float32Array): void;
  /** The live meters now (a fresh object; meant for 2–10 calls a second). */
  snapshot(): VoiceMetrics;
  /**
   * End-of-call numbers so far. It finalises: frames the other side has not delivered yet count
   * as silent, so call it when the call is over.
   */
  summary(): VoiceSummary;
  /** The options in effect (defaults filled in). */
  readonly options: Readonly<VoiceOptions>;
}

/**
 * The voice coach's signal processing for one call: energy voice activity with an adaptive noise
 * floor, syllable nuclei from the intensity envelope, and the two-sided conversation measures.
 * Pure TypeScript (no DOM, no Node): it runs in an AudioWorkletGlobalScope, a worker or Node.
 * Audio is only reduced to numbers; nothing is kept.
 */
export function createVoiceAnalyzer(options: VoiceAnalyzerOptions = {}): VoiceAnalyzer {
  const { onEvent, ...rest } = options;
  const o = resolveOptions(rest);
  const maxLag = framesOf(o.maxChannelLagMs, o.frameMs);
  // The flag rings hold every frame the conversation may still have to read.
  const capacity = maxLag + 64;
  const agent = new ChannelAnalyser(o, capacity);
  const customer = new ChannelAnalyser(o, capacity);
  const talk = new Conversation(o, agent.vad.onsetFrames, onEvent);
  let next = 0;

  /** Where a side stands for conversation frame `k`. */
  function state(ch: ChannelAnalyser, expected: boolean, k: number): number {
    if (!ch.started) return expected ? PENDING : ABSENT;
    if (k < ch.offset) return ABSENT;
    return k < ch.end ? HAS : PENDING;
  }

  /**
   * Runs the conversation over every frame both sides have delivered. A side that has not
   * delivered a frame yet is waited for, up to `maxChannelLagMs`; after that (or when
   * finalising) it counts as silent for that frame.
   */
  function advance(flush: boolean): void {
    for (;;) {
      const lead = Math.max(agent.end, customer.end) - next;
      if (lead <= 0) return;
      const a = state(agent, true, next);
      const c = state(customer, o.customerSide, next);
      if ((a === PENDING || c === PENDING) && lead <= maxLag && !flush) return;
      talk.step(
        next,
        a === HAS ? agent.flagsAt(next) : 0,
        c === HAS ? customer.flagsAt(next) : 0,
        agent.rate,
        customer.rate,
      );
      next++;
    }
  }

  const ms = (frames: number): number => frames * o.frameMs;
  // Talk time is speech without the trailing hangover: a «jā» is 0.3 s of talk, not 0.7 s.
  const talkShare = (): number => {
    const all = agent.speechFrames + customer.speechFrames;
    return all === 0 ? 0 : agent.speechFrames / all;
  };

  return {
    options: o,
    push(channel, samples) {
      const ch = channel === 'agent' ? agent : customer;
      if (!ch.started) {
        // Both sides start together unless the conversation already went on without this one:
        // then it joined late (a second device plugged in) and starts at the present.
        const other = channel === 'agent' ? customer : agent;
        ch.started = true;
        ch.offset = next > 0 ? Math.max(next, other.end) : 0;
      }
      ch.push(samples);
      advance(false);
    },
    snapshot() {
      return {
        elapsedMs: ms(next),
        agentSpeaking: agent.vad.speaking,
        customerSpeaking: customer.vad.speaking,
        agentRate: agent.rate,
        customerRate: customer.rate,
        agentLevelDb: agent.levelDb,
        customerLevelDb: customer.levelDb,
        agentInputDb: agent.inputDb,
        customerInputDb: customer.inputDb,
        agentNoiseDb: agent.floorDb,
        customerNoiseDb: customer.floorDb,
        agentTalkMs: ms(agent.speechFrames),
        customerTalkMs: ms(customer.speechFrames),
        overlapMs: ms(talk.overlapFrames),
        talkShare: talkShare(),
        interruptions: talk.interruptions,
        backchannels: talk.backchannels,
        monologues: talk.monologues,
        turnMs: ms(talk.turnFrames),
        alarms: {
          tooQuiet: agent.tooQuiet,
          tooLoud: agent.tooLoud,
          clipping: agent.clipping,
          monologue: talk.monologueNow,
          tooFast: talk.tooFast,
        },
      };
    },
    summary() {
      advance(true);
      return {
        durationMs: ms(next),
        agentTalkMs: ms(agent.speechFrames),
        customerTalkMs: ms(customer.speechFrames),
        overlapMs: ms(talk.overlapFrames),
        talkShare: talkShare(),
        interruptions: talk.interruptions,
        backchannels: talk.backchannels,
        turnOverlaps: talk.turnOverlaps,
        monologues: talk.monologues,
        longestTurnMs: ms(talk.longestTurnFrames),
        agentRate: agent.meanRate,
        customerRate: customer.meanRate,
        agentSyllables: agent.nuclei,
        customerSyllables: customer.nuclei,
        agentLevelDb: agent.meanLevelDb,
        customerLevelDb: customer.meanLevelDb,
        tooQuietMs: ms(agent.tooQuietFrames),
        tooLoudMs: ms(agent.tooLoudFrames),
        clippingMs: ms(agent.clippingFrames),
        clipEvents: agent.clipEvents,
        tooFastMs: ms(talk.tooFastFrames),
      };
    },
  };
}
