import * as v from 'valibot';
import type { VoiceMetrics, VoiceSummary } from './types';

/**
 * Schemas of the voice coach's numbers: finite numbers and booleans in strict objects. An array,
 * a typed array or a buffer of samples fails them, which keeps audio out of every message
 * (lib/protocol/voice-schemas.ts) and every stored call record (lib/data/backup/format.ts).
 */

const num = v.pipe(v.number(), v.finite());
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export const voiceMetricsSchema: v.GenericSchema<unknown, VoiceMetrics> = v.strictObject({
  elapsedMs: num,
  agentSpeaking: v.boolean(),
  customerSpeaking: v.boolean(),
  agentRate: num,
  customerRate: num,
  agentLevelDb: num,
  customerLevelDb: num,
  agentInputDb: num,
  customerInputDb: num,
  agentNoiseDb: num,
  customerNoiseDb: num,
  agentTalkMs: num,
  customerTalkMs: num,
  overlapMs: num,
  talkShare: share,
  interruptions: num,
  backchannels: num,
  monologues: num,
  turnMs: num,
  alarms: v.strictObject({
    tooQuiet: v.boolean(),
    tooLoud: v.boolean(),
    clipping: v.boolean(),
    monologue: v.boolean(),
    tooFast: v.boolean(),
  }),
});

export const voiceSummarySchema: v.GenericSchema<unknown, VoiceSummary> = v.strictObject({
  durationMs: num,
  agentTalkMs: num,
  customerTalkMs: num,
  overlapMs: num,
  talkShare: share,
  interruptions: num,
  backchannels: num,
  turnOverlaps: num,
  monologues: num,
  longestTurnMs: num,
  agentRate: num,
  customerRate: num,
  agentSyllables: num,
  customerSyllables: num,
  agentLevelDb: num,
  customerLevelDb: num,
  tooQuietMs: num,
  tooLoudMs: num,
  clippingMs: num,
  clipEvents: num,
  tooFastMs: num,
});
