import * as v from 'valibot';
import { voiceMetricsSchema } from '../core/voice/schemas';
import { VOICE_FAILURES, type VoiceProtocolMap } from './voice-messages';

/**
 * Request schemas of the voice messages: a session id and numbers (lib/core/voice/schemas.ts).
 * An array, a typed array or a buffer of samples fails them: no audio travels as a message
 * (tests/unit/protocol/voice-schemas.test.ts).
 */

export const voiceSession = v.pipe(v.string(), v.regex(/^[0-9a-f-]{8,64}$/));
const session = voiceSession;

export const voiceSchemas: {
  [K in keyof VoiceProtocolMap]: v.GenericSchema<unknown, VoiceProtocolMap[K]['request']>;
} = {
  'voice:metrics': v.strictObject({ session, metrics: voiceMetricsSchema }),
  'voice:failed': v.strictObject({ session, reason: v.picklist(VOICE_FAILURES) }),
};
