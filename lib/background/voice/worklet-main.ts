import { createVoiceAnalyzer } from '../../core/voice/analyzer';
import type { VoiceChannel } from '../../core/voice/types';
import {
  METRICS_EVERY_MS,
  VOICE_PROCESSOR,
  type FromWorklet,
  type ToWorklet,
  type WorkletOptions,
} from './worklet-protocol';

/**
 * The voice coach's AudioWorklet (bundled alone as voice-worklet.js): input 0 is the agent's
 * microphone, input 1 (if any) the customer's side. Samples go into the pure analyser
 * (lib/core/voice) on the audio thread and are dropped there; only the meters (numbers) are
 * posted, every METRICS_EVERY_MS, and the summary when asked to stop.
 */

// The AudioWorkletGlobalScope's own names (not in TypeScript's DOM library).
declare const sampleRate: number;
declare const currentTime: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(
  name: string,
  ctor: new (options: { processorOptions?: WorkletOptions }) => AudioWorkletProcessor,
): void;

class VoiceProcessor extends AudioWorkletProcessor {
  private readonly analyzer;
  private readonly channels: VoiceChannel[];
  private lastPost = 0;
  private stopped = false;

  constructor(options: { processorOptions?: WorkletOptions }) {
    super();
    const customerSide = options.processorOptions?.customerSide ?? false;
    this.analyzer = createVoiceAnalyzer({ sampleRate, customerSide });
    this.channels = customerSide ? ['agent', 'customer'] : ['agent'];
    this.port.onmessage = (event: MessageEvent<ToWorklet>) => {
      if (event.data?.type !== 'stop' || this.stopped) return;
      this.stopped = true;
      this.post({ type: 'summary', summary: this.analyzer.summary() });
    };
  }

  private post(message: FromWorklet): void {
    this.port.postMessage(message);
  }

  process(inputs: Float32Array[][]): boolean {
    if (this.stopped) return false;
    this.channels.forEach((channel, index) => {
      // Mono: the node mixes each input down to one channel (channelCountMode 'explicit').
      const samples = inputs[index]?.[0];
      if (samples && samples.length > 0) this.analyzer.push(channel, samples);
    });
    const now = currentTime * 1000;
    if (now - this.lastPost >= METRICS_EVERY_MS) {
      this.lastPost = now;
      this.post({ type: 'metrics', metrics: this.analyzer.snapshot() });
    }
    return true;
  }
}

registerProcessor(VOICE_PROCESSOR, VoiceProcessor);
