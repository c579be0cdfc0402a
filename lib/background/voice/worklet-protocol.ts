import type { VoiceMetrics, VoiceSummary } from '../../core/voice';

/**
 * Messages between the offscreen document (./capture.ts) and its AudioWorklet
 * (./worklet-main.ts). The worklet gets samples from the audio graph, never by message, and
 * sends only numbers back.
 */

/** The worklet module's path in the extension (wxt.config.ts bundles it). */
export const VOICE_WORKLET_PATH = '/voice-worklet.js';
/** The processor's registered name. */
export const VOICE_PROCESSOR = 'laipni-voice';
/** Meters leave the worklet this often, ms (the sidebar's ≥ 2 updates a second, with margin). */
export const METRICS_EVERY_MS = 250;

export interface WorkletOptions {
  /** A second input carries the customer's side. */
  customerSide: boolean;
}

export type ToWorklet = { type: 'stop' };
export type FromWorklet =
  { type: 'metrics'; metrics: VoiceMetrics } | { type: 'summary'; summary: VoiceSummary };
