/**
 * Voice coach core: measures tempo, interruptions, talk share, monologues and level from raw
 * audio with signal processing only — no speech recognition, no model, nothing stored.
 */
export { createVoiceAnalyzer, type VoiceAnalyzer, type VoiceAnalyzerOptions } from './analyzer';
export { SILENT_DB } from './db';
export { DEFAULT_VOICE_OPTIONS, resolveOptions, type VoiceOptions } from './options';
export type { VoiceAlarms, VoiceChannel, VoiceEvent, VoiceMetrics, VoiceSummary } from './types';
