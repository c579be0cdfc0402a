import { describe, expect, it } from 'vitest';
import { voiceChecks } from '../../../../lib/core/calls/voice-checks';
import type { VoiceSummary } from '../../../../lib/core/voice';

/** A minute of two-sided call that meets everything. */
const GOOD: VoiceSummary = {
  durationMs: 60_000,
  agentTalkMs: 20_000,
  customerTalkMs: 30_000,
  overlapMs: 500,
  talkShare: 0.4,
  interruptions: 0,
  backchannels: 4,
  turnOverlaps: 1,
  monologues: 0,
  longestTurnMs: 8_000,
  agentRate: 5,
  customerRate: 4.6,
  agentSyllables: 100,
  customerSyllables: 138,
  agentLevelDb: -26,
  customerLevelDb: -28,
  tooQuietMs: 0,
  tooLoudMs: 0,
  clippingMs: 0,
  clipEvents: 0,
  tooFastMs: 0,
};

const verdicts = (patch: Partial<VoiceSummary>) =>
  Object.fromEntries(voiceChecks({ ...GOOD, ...patch }).map((c) => [c.itemId, c.verdict]));

describe('checklist verdicts from a voice summary', () => {
  it.each<[string, Partial<VoiceSummary>, Record<string, string>]>([
    [
      'a good two-sided call meets all four',
      {},
      {
        'body-tempo': 'met',
        'body-no-interrupt': 'met',
        'body-listen': 'met',
        'body-clear': 'met',
      },
    ],
    [
      'one interruption flags interrupting',
      { interruptions: 1 },
      {
        'body-tempo': 'met',
        'body-no-interrupt': 'flagged',
        'body-listen': 'met',
        'body-clear': 'met',
      },
    ],
    [
      'much faster than the customer for a quarter of the call flags tempo',
      { tooFastMs: 15_000 },
      {
        'body-tempo': 'flagged',
        'body-no-interrupt': 'met',
        'body-listen': 'met',
        'body-clear': 'met',
      },
    ],
    [
      'talking 70 % of the time flags listening',
      { talkShare: 0.7 },
      {
        'body-tempo': 'met',
        'body-no-interrupt': 'met',
        'body-listen': 'flagged',
        'body-clear': 'met',
      },
    ],
    [
      'a long monologue flags listening',
      { monologues: 1 },
      {
        'body-tempo': 'met',
        'body-no-interrupt': 'met',
        'body-listen': 'flagged',
        'body-clear': 'met',
      },
    ],
    [
      'too quiet for 3 s of 20 s flags clear speech',
      { tooQuietMs: 3_000 },
      {
        'body-tempo': 'met',
        'body-no-interrupt': 'met',
        'body-listen': 'met',
        'body-clear': 'flagged',
      },
    ],
    [
      'agent only (no customer side): only clear speech is judged',
      { customerTalkMs: 0, customerRate: 0, talkShare: 1 },
      { 'body-clear': 'met' },
    ],
    [
      'too little speech on either side: nothing is judged',
      { agentTalkMs: 3_000, customerTalkMs: 2_000 },
      {},
    ],
  ])('%s', (_name, patch, expected) => {
    expect(verdicts(patch)).toEqual(expected);
  });
});
