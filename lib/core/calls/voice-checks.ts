import type { VoiceSummary } from '../voice/types';

/**
 * The body checklist items the voice coach can judge from a call's summary (the built-in pack's
 * ids), each met or flagged — or left alone when the call gave too little to judge: tempo,
 * interrupting and listening need the customer's side, clear speech only the agent's.
 */
export const VOICE_CHECK_ITEMS = [
  'body-tempo',
  'body-no-interrupt',
  'body-listen',
  'body-clear',
] as const;
export type VoiceCheckItem = (typeof VOICE_CHECK_ITEMS)[number];

export type VoiceVerdict = 'met' | 'flagged';

export interface VoiceCheck {
  itemId: VoiceCheckItem;
  verdict: VoiceVerdict;
}

/** Speech needed on a side before it is judged, ms. */
export const MIN_JUDGED_TALK_MS = 5000;
/** Tempo: flagged when the agent was much faster than the customer this share of the call. */
const TOO_FAST_SHARE = 0.2;
/** Listening: flagged above this talk share, or with a long monologue. */
const MAX_TALK_SHARE = 0.6;
/** Clear speech: flagged when too quiet, too loud or clipping this share of the agent's talk. */
const LEVEL_OFF_SHARE = 0.1;

export function voiceChecks(s: VoiceSummary): VoiceCheck[] {
  const checks: VoiceCheck[] = [];
  const add = (itemId: VoiceCheckItem, met: boolean) =>
    checks.push({ itemId, verdict: met ? 'met' : 'flagged' });
  const customerHeard = s.customerTalkMs >= MIN_JUDGED_TALK_MS;
  if (customerHeard && s.customerRate > 0 && s.agentRate > 0)
    add('body-tempo', s.tooFastMs <= TOO_FAST_SHARE * s.durationMs);
  if (customerHeard) {
    add('body-no-interrupt', s.interruptions === 0);
    add('body-listen', s.talkShare <= MAX_TALK_SHARE && s.monologues === 0);
  }
  if (s.agentTalkMs >= MIN_JUDGED_TALK_MS)
    add('body-clear', s.tooQuietMs + s.tooLoudMs + s.clippingMs <= LEVEL_OFF_SHARE * s.agentTalkMs);
  return checks;
}
