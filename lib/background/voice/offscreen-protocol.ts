import * as v from 'valibot';
import type { VoiceSummary } from '../../core/voice';
import { VOICE_FAILURES, type VoiceFailure } from '../../protocol/voice-messages';
import { voiceSummarySchema } from '../../core/voice/schemas';
import { voiceSession } from '../../protocol/voice-schemas';

/**
 * What the background asks the offscreen document about voice capture (./capture.ts), beside
 * pack validation (../validation/worker-protocol.ts). Both sides check the shape.
 */

export const VOICE_START = 'laipni:voice-start';
export const VOICE_STOP = 'laipni:voice-stop';

const session = voiceSession;

export const offscreenVoiceSchema = v.variant('type', [
  v.strictObject({
    type: v.literal(VOICE_START),
    session,
    /** The customer side's input device (`deviceId`), if the agent chose one. */
    customerDevice: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  }),
  v.strictObject({ type: v.literal(VOICE_STOP), session }),
]);
export type OffscreenVoice = v.InferOutput<typeof offscreenVoiceSchema>;

export type StartAnswer = { ok: true } | { ok: false; reason: VoiceFailure };

export const startAnswerSchema: v.GenericSchema<unknown, StartAnswer> = v.variant('ok', [
  v.strictObject({ ok: v.literal(true) }),
  v.strictObject({ ok: v.literal(false), reason: v.picklist(VOICE_FAILURES) }),
]);

/** The stop answer: the session's summary (numbers only), or null if it had none. */
export const stopAnswerSchema: v.GenericSchema<unknown, VoiceSummary | null> =
  v.nullable(voiceSummarySchema);
