import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer } from '../../../lib/core/voice';
import { voiceSummarySchema } from '../../../lib/core/voice/schemas';
import { REQUEST_SCHEMAS } from '../../../lib/protocol/schemas';
import { commandSchema } from '../../../lib/protocol/sidebar-store-wire';
import {
  offscreenVoiceSchema,
  stopAnswerSchema,
} from '../../../lib/background/voice/offscreen-protocol';

/** Real meters and a real summary: the analyser after two seconds of a 200 Hz tone. */
function analysed() {
  const analyzer = createVoiceAnalyzer({ customerSide: false });
  const samples = new Float32Array(16000 * 2).map(
    (_, i) => 0.1 * Math.sin((2 * Math.PI * 200 * i) / 16000),
  );
  analyzer.push('agent', samples);
  return { metrics: analyzer.snapshot(), summary: analyzer.summary() };
}

const SESSION = '0f0e0d0c-0b0a-0908-0706-050403020100';
const samples = new Float32Array([0.1, -0.2, 0.3]);
/** Every way a buffer of samples could be slipped into a message. */
const AUDIO_SHAPES: Array<[string, unknown]> = [
  ['Float32Array', samples],
  ['ArrayBuffer', samples.buffer],
  ['Int16Array', new Int16Array(128)],
  ['a plain array of samples', Array.from(samples)],
  ['an object of samples', { ...Array.from(samples) }],
];

describe('voice messages carry numbers, never audio', () => {
  const { metrics, summary } = analysed();

  it('accepts the analyser’s own meters and summary', () => {
    expect(
      v.safeParse(REQUEST_SCHEMAS['voice:metrics'], { session: SESSION, metrics }).success,
    ).toBe(true);
    expect(v.safeParse(voiceSummarySchema, summary).success).toBe(true);
    expect(v.safeParse(stopAnswerSchema, summary).success).toBe(true);
  });

  it.each(AUDIO_SHAPES)('refuses %s as an extra field of the meters', (_name, audio) => {
    const request = { session: SESSION, metrics: { ...metrics, samples: audio } };
    expect(v.safeParse(REQUEST_SCHEMAS['voice:metrics'], request).success).toBe(false);
  });

  it.each(AUDIO_SHAPES)('refuses %s in place of a meter', (_name, audio) => {
    const request = { session: SESSION, metrics: { ...metrics, agentRate: audio } };
    expect(v.safeParse(REQUEST_SCHEMAS['voice:metrics'], request).success).toBe(false);
  });

  it.each(AUDIO_SHAPES)('refuses %s beside the request', (_name, audio) => {
    const request = { session: SESSION, metrics, audio };
    expect(v.safeParse(REQUEST_SCHEMAS['voice:metrics'], request).success).toBe(false);
    expect(
      v.safeParse(REQUEST_SCHEMAS['voice:failed'], { session: SESSION, reason: 'denied', audio })
        .success,
    ).toBe(false);
  });

  it.each(AUDIO_SHAPES)('refuses %s in a summary (the call record, the backup)', (_name, audio) => {
    expect(v.safeParse(voiceSummarySchema, { ...summary, samples: audio }).success).toBe(false);
    expect(v.safeParse(voiceSummarySchema, { ...summary, agentRate: audio }).success).toBe(false);
    expect(v.safeParse(stopAnswerSchema, audio).success).toBe(false);
  });

  it.each(AUDIO_SHAPES)(
    'refuses %s in the background’s commands and the sidebar’s',
    (_name, audio) => {
      expect(
        v.safeParse(offscreenVoiceSchema, { type: 'laipni:voice-start', session: SESSION, audio })
          .success,
      ).toBe(false);
      expect(
        v.safeParse(commandSchema, { name: 'voice-start', params: { callId: 'c1', audio } })
          .success,
      ).toBe(false);
      expect(v.safeParse(commandSchema, { name: 'voice-stop', params: { audio } }).success).toBe(
        false,
      );
    },
  );

  it('refuses a session that is not an id and a failure it does not know', () => {
    expect(
      v.safeParse(REQUEST_SCHEMAS['voice:metrics'], { session: '<script>', metrics }).success,
    ).toBe(false);
    expect(
      v.safeParse(REQUEST_SCHEMAS['voice:failed'], { session: SESSION, reason: 'boom' }).success,
    ).toBe(false);
  });
});
