import type { VoiceMetrics } from '../core/voice';

/**
 * The voice coach's part of the protocol map: the offscreen document that captures audio
 * (lib/background/voice/capture.ts) reports to the background. Numbers only: the schemas
 * (./voice-schemas.ts) refuse anything else, so no audio can travel this way. Merged into
 * `ProtocolMap`; only extension pages may send them, and the handler takes only the offscreen
 * document's current session.
 */
export interface VoiceProtocolMap {
  /** The live meters of session `session`, a few times a second. */
  'voice:metrics': {
    request: { session: string; metrics: VoiceMetrics };
    response: void;
  };
  /** Capture of session `session` could not start or stopped by itself. */
  'voice:failed': {
    request: { session: string; reason: VoiceFailure };
    response: void;
  };
}

/** Why capture failed: the agent or the browser refused, no microphone, anything else. */
export const VOICE_FAILURES = ['denied', 'no-device', 'ended', 'failed'] as const;
export type VoiceFailure = (typeof VOICE_FAILURES)[number];
